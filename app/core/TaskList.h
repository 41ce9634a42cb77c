#pragma once

#include "core/SharedTask.h"
#include "core/Task.h"

#include <QList>

#include <initializer_list>
#include <iterator>
#include <memory>

namespace engage {

// A list of tasks that is cheap to copy: each task is shared and never edited in place, only
// replaced. A Task is some forty separately allocated strings, so copying 10,000 of them between
// the cache, the engine and the model cost more at start-up than reading them from disk.
class TaskList
{
public:
    // Walks the list as plain `const Task &`, so range-for and std algorithms read as before.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Task;
        using difference_type = qsizetype;
        using pointer = const Task *;
        using reference = const Task &;

        const_iterator() = default;
        explicit const_iterator(QList<SharedTask>::const_iterator it)
            : m_it(it)
        {}
        reference operator*() const { return **m_it; }
        pointer operator->() const { return m_it->get(); }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++m_it;
            return old;
        }
        friend bool operator==(const const_iterator &, const const_iterator &) = default;

    private:
        QList<SharedTask>::const_iterator m_it;
    };

    TaskList() = default;
    TaskList(std::initializer_list<Task> tasks);
    explicit TaskList(const QList<Task> &tasks);
    explicit TaskList(QList<SharedTask> tasks);

    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const Task &at(qsizetype i) const { return *m_items.at(i); }
    const Task &first() const { return *m_items.first(); }
    qint64 idAt(qsizetype i) const { return m_items.at(i).id(); }
    const SharedTask &shared(qsizetype i) const { return m_items.at(i); }
    // The task's filter and sort keys, without decoding a task read from the cache.
    const TaskKeys &keysAt(qsizetype i) const { return m_items.at(i).keys(); }

    void reserve(qsizetype n) { m_items.reserve(n); }
    void clear() { m_items.clear(); }
    void append(Task task);
    void append(SharedTask task) { m_items.append(std::move(task)); }
    void replace(qsizetype i, Task task);
    void replace(qsizetype i, SharedTask task) { m_items[i] = std::move(task); }
    void insert(qsizetype i, SharedTask task) { m_items.insert(i, std::move(task)); }
    void remove(qsizetype i, qsizetype n = 1) { m_items.remove(i, n); }

    // A deep copy, for code that wants to edit the tasks.
    QList<Task> toList() const;

    const_iterator begin() const { return const_iterator(m_items.cbegin()); }
    const_iterator end() const { return const_iterator(m_items.cend()); }

private:
    QList<SharedTask> m_items;
};

} // namespace engage
