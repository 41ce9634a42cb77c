// libFuzzer target for everything that reads bytes from the network or the disk: Gong's task
// list / update answer, its error body, and the cache's binary form. Built with clang only
// (tests/fuzz/run-fuzz.sh); a crash, a sanitizer report or a hang is a failure.
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
    (void)engage::TaskCodec::parseErrorBody(bytes);
    (void)engage::TaskBinary::read(bytes);
    return 0;
}
