// libFuzzer target: the lecture deck reader. Any bytes are either a deck or a refusal that
// says why; a deck read writes back to JSON that reads again as the same deck.
#include "lecture/deck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<eb::lecture::Deck> deck = eb::lecture::deckFromJson(json, &error);
    if (!deck) {
        if (error.isEmpty()) {
            __builtin_trap(); // a refusal always says why
        }
        return 0;
    }
    const QByteArray written = eb::lecture::deckToJson(*deck);
    const std::optional<eb::lecture::Deck> again = eb::lecture::deckFromJson(written, &error);
    if (!again || eb::lecture::deckToJson(*again) != written) {
        __builtin_trap(); // what the program writes, it reads back the same
    }
    return 0;
}
