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
            item.append(c, args.docOffset(i));
            ++i;
        }
        if (!closed)
            return false;
        items.append(item);
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

// Splits on unquoted whitespace; quotes are removed from the mapped words, escapes resolved.
QList<MappedText> splitWords(const MappedText &args, int from = 0)
{
    QList<MappedText> words;
    const QString &t = args.text();
    int i = from;
    while (i < t.size()) {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        if (i >= t.size())
            break;
        MappedText w;
        QChar quote;
        while (i < t.size() && (!quote.isNull() || !t.at(i).isSpace())) {
            const QChar c = t.at(i);
            if (!quote.isNull()) {
                if (c == quote) {
                    quote = QChar();
                } else if (c == u'\\' && quote == u'"' && i + 1 < t.size()) {
                    w.append(t.at(i + 1), args.docOffset(i + 1));
                    ++i;
                } else {
                    w.append(c, args.docOffset(i));
                }
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'\\' && i + 1 < t.size()) {
                w.append(t.at(i + 1), args.docOffset(i + 1));
                ++i;
            } else {
                w.append(c, args.docOffset(i));
            }
            ++i;
        }
        w.setEnd(args.docEnd(i));
        words.append(w);
    }
    return words;
}

} // namespace

QList<KeyValue> DockerfileParser::parsePairs(const MappedText &args, bool legacyEnv)
{
    QList<KeyValue> pairs;
    const QList<MappedText> words = splitWords(args);
    if (words.isEmpty())
        return pairs;
    if (legacyEnv && !words.first().text().contains(u'=')) {
        // ENV KEY value with spaces: the value is the rest of the line as written.
        KeyValue kv;
        kv.key = words.first().text();
        kv.keyText = words.first();
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
        kv.value = raw;
        kv.hasValue = true;
        pairs.append(kv);
        return pairs;
    }
    for (const MappedText &w : words) {
        KeyValue kv;
        const int eq = int(w.text().indexOf(u'='));
        if (eq < 0) {
            kv.key = w.text();
            kv.keyText = w;
        } else {
            kv.key = w.text().left(eq);
            kv.keyText = w.mid(0, eq);
            kv.value = w.mid(eq + 1, w.size() - eq - 1);
            kv.hasValue = true;
        }
        pairs.append(kv);
    }
    return pairs;
}

} // namespace Armlift
