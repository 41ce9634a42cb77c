// libFuzzer target for everything that reads bytes from the network or the disk: Gong's task
// list / update answer, its error body, the cache's binary form, and the call session's call
// outcomes and flow steps (Gong's answers and the cache's JSON form). Built with clang only
// (tests/fuzz/run-fuzz.sh); a crash, a sanitizer report or a hang is a failure.
#include "core/CallOutcome.h"
#include "core/FlowStep.h"
#include "core/TaskBinary.h"
#include "core/TaskCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    engage::TaskEnvelope envelope;
    QString error;
    if (engage::TaskCodec::parseEnvelope(bytes, &envelope, &error)) {
        // What was read must write and read back without trouble.
        const QByteArray again = engage::TaskCodec::envelopeToJson(envelope);
        engage::TaskEnvelope second;
        engage::TaskCodec::parseEnvelope(again, &second, &error);
        for (const engage::Task &t : envelope.tasks)
            (void)engage::TaskBinary::read(engage::TaskBinary::write(t));
    }
    QList<engage::CallOutcome> outcomes;
    if (engage::CallOutcome::parseList(bytes, &outcomes, &error))
        (void)engage::CallOutcome::parseList(engage::CallOutcome::listToJson(outcomes), &outcomes,
                                             &error);
    QList<engage::FlowInfo> flows;
    if (engage::FlowInfo::parseList(bytes, &flows, &error))
        (void)engage::FlowInfo::parseList(engage::FlowInfo::listToJson(flows), &flows, &error);
    (void)engage::TaskCodec::parseErrorBody(bytes);
    (void)engage::TaskBinary::read(bytes);
    (void)engage::TaskBinary::readKeys(bytes);
    return 0;
}
