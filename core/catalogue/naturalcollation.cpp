#include "catalogue/naturalcollation.h"

#include <QString>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

// The natural comparison over any run of characters: `Char` is a byte of ASCII text (the
// fast path SQLite's text mostly is) or a QChar.
template <typename Char, typename Fold, typename IsDigit>
int compareRuns(const Char *a, qsizetype na, const Char *b, qsizetype nb, Fold fold,
                IsDigit isDigit)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < na && j < nb) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare the numbers: skip leading zeros, a longer run is larger, else digit by
            // digit.
            while (i < na && a[i] == Char('0')) {
                ++i;
            }
            while (j < nb && b[j] == Char('0')) {
                ++j;
            }
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < na && isDigit(a[ei])) {
                ++ei;
            }
            while (ej < nb && isDigit(b[ej])) {
                ++ej;
            }
            if (ei - i != ej - j) {
                return ei - i < ej - j ? -1 : 1;
            }
            for (; i < ei; ++i, ++j) {
                if (a[i] != b[j]) {
                    return a[i] < b[j] ? -1 : 1;
                }
            }
            continue;
        }
        const auto ca = fold(a[i]);
        const auto cb = fold(b[j]);
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < na || j < nb) {
        return i < na ? 1 : -1; // a prefix first
    }
    return 0;
}

int naturalOrFallback(QStringView a, QStringView b)
{
    const int natural = compareRuns(
        a.data(), a.size(), b.data(), b.size(), [](QChar c) { return c.toCaseFolded().unicode(); },
        [](QChar c) { return c >= u'0' && c <= u'9'; });
    return natural != 0 ? natural : a.compare(b);
}

int collate(void * /*unused*/, int na, const void *a, int nb, const void *b)
{
    const auto *ca = static_cast<const unsigned char *>(a);
    const auto *cb = static_cast<const unsigned char *>(b);
    bool ascii = true;
    for (int i = 0; ascii && i < na; ++i) {
        ascii = ca[i] < 0x80;
    }
    for (int i = 0; ascii && i < nb; ++i) {
        ascii = cb[i] < 0x80;
    }
    if (!ascii) {
        return naturalOrFallback(QString::fromUtf8(static_cast<const char *>(a), na),
                                 QString::fromUtf8(static_cast<const char *>(b), nb));
    }
    const int natural = compareRuns(
        ca, na, cb, nb,
        [](unsigned char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
        },
        [](unsigned char c) { return c >= '0' && c <= '9'; });
    if (natural != 0) {
        return natural;
    }
    const int common = std::min(na, nb);
    const int bytes = std::memcmp(ca, cb, static_cast<size_t>(common));
    return bytes != 0 ? bytes : na - nb;
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    const QByteArray ua = a.toUtf8();
    const QByteArray ub = b.toUtf8();
    return collate(nullptr, static_cast<int>(ua.size()), ua.constData(),
                   static_cast<int>(ub.size()), ub.constData());
}

bool registerNaturalCollation(sqlite3 *handle)
{
    return sqlite3_create_collation_v2(handle, kNaturalCollation, SQLITE_UTF8, nullptr, collate,
                                       nullptr) == SQLITE_OK;
}

} // namespace eb::catalogue
