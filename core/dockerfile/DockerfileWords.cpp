#include "dockerfile/DockerfileParser.h"

namespace Armlift {

bool DockerfileParser::parseJsonArray(const MappedText &args, QList<MappedText> *out)
{
    const QString &t = args.text();
    int i = 0;
    auto skip = [&] {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
    };
    skip();
    if (i >= t.size() || t.at(i) != u'[')
        return false;
    ++i;
    QList<MappedText> items;
    skip();
    if (i < t.size() && t.at(i) == u']') {
        ++i;
        skip();
        *out = items;
        return i == t.size();
    }
    while (true) {
        skip();
        if (i >= t.size() || t.at(i) != u'"')
            return false;
        ++i;
        MappedText item;
        bool closed = false;
        while (i < t.size()) {
            const QChar c = t.at(i);
            if (c == u'"') {
                closed = true;
                item.setEnd(args.docOffset(i));
                ++i;
                break;
            }
            if (c == u'\\' && i + 1 < t.size()) {
                const QChar e = t.at(i + 1);
                QChar v = e;
                switch (e.unicode()) {
                case 'n': v = u'\n'; break;
                case 't': v = u'\t'; break;
                case 'r': v = u'\r'; break;
                case 'b': v = u'\b'; break;
                case 'f': v = u'\f'; break;
                case 'u':
                    if (i + 5 < t.size()) {
                        bool ok = false;
                        const uint code = t.mid(i + 2, 4).toUInt(&ok, 16);
                        if (!ok)
                            return false;
                        item.append(QChar(char16_t(code)), args.docOffset(i));
                        i += 6;
                        continue;
                    }
                    return false;
                default: break;
                }
                item.append(v, args.docOffset(i));
                i += 2;
                continue;
            }
            // A run of plain characters at once.
            int j = i + 1;
            while (j < t.size() && t.at(j) != u'"' && t.at(j) != u'\\')
                ++j;
            item.appendSlice(args, i, j);
            i = j;
        }
        if (!closed)
            return false;
        items.append(std::move(item));
        skip();
        if (i < t.size() && t.at(i) == u',') {
            ++i;
            continue;
        }
        if (i < t.size() && t.at(i) == u']') {
            ++i;
            skip();
            if (i != t.size())
                return false;
            *out = items;
            return true;
        }
        return false;
    }
}

namespace {

// The next blank-separated word of `args` from `i` on (quotes removed, escapes resolved,
// positions kept); false when only blanks are left. `i` moves past the word.
bool nextWord(const MappedText &args, int &i, MappedText *word)
{
    const QString &t = args.text();
    const int n = int(t.size());
    while (i < n && t.at(i).isSpace())
        ++i;
    if (i >= n)
        return false;
    // Ends a run of characters copied as they are: whitespace ends an unquoted word, the
    // quote ends a quoted part, and a backslash escapes outside quotes and inside "…".
    auto special = [](QChar c, QChar quote) {
        if (quote.isNull())
            return c.isSpace() || c == u'"' || c == u'\'' || c == u'\\';
        return c == quote || (c == u'\\' && quote == u'"');
    };
    MappedText &w = *word;
    w = MappedText();
    QChar quote;
    while (i < n && (!quote.isNull() || !t.at(i).isSpace())) {
        const QChar c = t.at(i);
        if (!quote.isNull() && c == quote) {
            quote = QChar();
        } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
            quote = c;
        } else if (c == u'\\' && i + 1 < n && (quote.isNull() || quote == u'"')) {
            w.append(t.at(i + 1), args.docOffset(i + 1));
            ++i;
        } else {
            int j = i + 1;
            while (j < n && !special(t.at(j), quote))
                ++j;
            w.appendSlice(args, i, j);
            i = j;
            continue;
        }
        ++i;
    }
    w.setEnd(args.docEnd(i));
    return true;
}

// `KEY=value` (value without quotes) or a bare `KEY`.
KeyValue pairOf(MappedText &&word)
{
    KeyValue kv;
    const int eq = int(word.text().indexOf(u'='));
    if (eq < 0) {
        kv.key = word.text();
        kv.keyText = std::move(word);
        return kv;
    }
    kv.keyText = word.mid(0, eq);
    kv.key = kv.keyText.text(); // shares the key's text
    kv.value = std::move(word).mid(eq + 1, word.size() - eq - 1);
    kv.hasValue = true;
    return kv;
}

// ENV KEY value with spaces: the value is the rest of the line as written.
KeyValue legacyEnvPair(const MappedText &args, MappedText &&key)
{
    KeyValue kv;
    kv.key = key.text();
    kv.keyText = std::move(key);
    const QString &t = args.text();
    int i = 0;
    while (i < t.size() && t.at(i).isSpace())
        ++i;
    while (i < t.size() && !t.at(i).isSpace())
        ++i;
    while (i < t.size() && t.at(i).isSpace())
        ++i;
    int end = int(t.size());
    while (end > i && t.at(end - 1).isSpace())
        --end;
    MappedText raw = args.mid(i, end - i);
    // Strip one pair of surrounding quotes, as the shell would.
    if (raw.size() >= 2 && (raw.text().front() == u'"' || raw.text().front() == u'\'')
        && raw.text().back() == raw.text().front())
        raw = raw.mid(1, raw.size() - 2);
    kv.value = std::move(raw);
    kv.hasValue = true;
    return kv;
}

} // namespace

QList<KeyValue> DockerfileParser::parsePairs(const MappedText &args, bool legacyEnv)
{
    QList<KeyValue> pairs;
    int i = 0;
    MappedText word;
    if (!nextWord(args, i, &word))
        return pairs;
    if (legacyEnv && !word.text().contains(u'=')) {
        pairs.append(legacyEnvPair(args, std::move(word)));
        return pairs;
    }
    do
        pairs.append(pairOf(std::move(word)));
    while (nextWord(args, i, &word));
    return pairs;
}

} // namespace Armlift
