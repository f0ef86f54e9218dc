#pragma once

#include <QStringView>

namespace Armlift {

// Substring search for the rules' hot loops. QString::indexOf(QString) hashes every character of
// the haystack (~8 instructions per character); the rules search short texts (one RUN, one word)
// for short literals thousands of times per lint, and most searches fail. Skipping to each
// occurrence of the needle's first character uses Qt's vectorised single-character search, so a
// failed search costs a fraction of an instruction per character. Case-sensitive only.
inline qsizetype findText(QStringView haystack, QStringView needle, qsizetype from = 0)
{
    if (needle.isEmpty())
        return from <= haystack.size() ? from : -1;
    const QChar first = needle.front();
    const qsizetype last = haystack.size() - needle.size();
    while (from <= last) {
        from = haystack.indexOf(first, from);
        if (from < 0 || from > last)
            return -1;
        if (haystack.sliced(from, needle.size()) == needle)
            return from;
        ++from;
    }
    return -1;
}

inline bool containsText(QStringView haystack, QStringView needle)
{
    return findText(haystack, needle) >= 0;
}

// ASCII white space, which is what \s and \S mean in our regexes (QRegularExpression does not
// use Unicode properties), so the hand-written splitters below agree with the regexes they replace.
constexpr bool isAsciiBlank(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Calls `word(start, end)` for every run of non-blanks in `text` (what the regex \S+ finds).
template<typename F>
void forEachWord(QStringView text, F word)
{
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && isAsciiBlank(text.at(i)))
            ++i;
        const qsizetype from = i;
        while (i < text.size() && !isAsciiBlank(text.at(i)))
            ++i;
        if (i > from)
            word(from, i);
    }
}

} // namespace Armlift
