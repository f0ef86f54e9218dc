#include "manifest/npm/JsonTree.h"

#include <QCoreApplication>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    std::shared_ptr<JsonNode> parseDocument(QString *error)
    {
        skipSpace();
        auto root = parseValue(0);
        if (root) {
            skipSpace();
            if (m_pos < m_text.size())
                fail("unexpected text after the JSON value");
        }
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    void fail(const char *what)
    {
        if (!m_error.isEmpty())
            return;
        int line = 1;
        for (int i = 0; i < m_pos && i < m_text.size(); ++i)
            if (m_text.at(i) == u'\n')
                ++line;
        m_error = QCoreApplication::translate("JsonTree", "line %1: %2").arg(line).arg(QCoreApplication::translate("JsonTree", what));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r' && c != QChar(0xfeff))
                break;
            ++m_pos;
        }
    }

    bool parseString(QString *out)
    {
        // m_pos at the opening quote
        ++m_pos;
        QString s;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"') {
                *out = s;
                return true;
            }
            if (c == u'\\') {
                if (m_pos >= m_text.size())
                    break;
                const QChar e = m_text.at(m_pos++);
                switch (e.unicode()) {
                case '"': s += u'"'; break;
                case '\\': s += u'\\'; break;
                case '/': s += u'/'; break;
                case 'b': s += u'\b'; break;
                case 'f': s += u'\f'; break;
                case 'n': s += u'\n'; break;
                case 'r': s += u'\r'; break;
                case 't': s += u'\t'; break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                    if (!ok || m_pos + 4 > m_text.size()) {
                        fail("bad \\u escape");
                        return false;
                    }
                    s += QChar(char16_t(code));
                    m_pos += 4;
                    break;
                }
                default:
                    fail("bad escape in a string");
                    return false;
                }
            } else if (c.unicode() < 0x20) {
                fail("control character in a string");
                return false;
            } else {
                s += c;
            }
        }
        fail("unterminated string");
        return false;
    }

    std::shared_ptr<JsonNode> parseValue(int depth)
    {
        if (depth > 256) {
            fail("nested too deeply");
            return nullptr;
        }
        if (m_pos >= m_text.size()) {
            fail("unexpected end of file");
            return nullptr;
        }
        auto node = std::make_shared<JsonNode>();
        node->start = m_pos;
        const QChar c = m_text.at(m_pos);
        if (c == u'{') {
            node->kind = JsonNode::Kind::Object;
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                ++m_pos;
            } else {
                for (;;) {
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"') {
                        fail("expected a key");
                        return nullptr;
                    }
                    JsonNode::Member m;
                    m.keyStart = m_pos;
                    if (!parseString(&m.key))
                        return nullptr;
                    m.keyEnd = m_pos;
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text.at(m_pos) != u':') {
                        fail("expected ':'");
                        return nullptr;
                    }
                    ++m_pos;
                    skipSpace();
                    m.value = parseValue(depth + 1);
                    if (!m.value)
                        return nullptr;
                    node->members.append(m);
                    skipSpace();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                        ++m_pos;
                        break;
                    }
                    fail("expected ',' or '}'");
                    return nullptr;
                }
            }
        } else if (c == u'[') {
            node->kind = JsonNode::Kind::Array;
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                ++m_pos;
            } else {
                for (;;) {
                    skipSpace();
                    auto e = parseValue(depth + 1);
                    if (!e)
                        return nullptr;
                    node->elements.append(e);
                    skipSpace();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                        ++m_pos;
                        break;
                    }
                    fail("expected ',' or ']'");
                    return nullptr;
                }
            }
        } else if (c == u'"') {
            node->kind = JsonNode::Kind::String;
            if (!parseString(&node->string))
                return nullptr;
        } else {
            const int begin = m_pos;
            while (m_pos < m_text.size()) {
                const QChar d = m_text.at(m_pos);
                if (!(d.isLetterOrNumber() || d == u'-' || d == u'+' || d == u'.'))
                    break;
                ++m_pos;
            }
            node->string = m_text.mid(begin, m_pos - begin);
            if (node->string == u"true"_s || node->string == u"false"_s) {
                node->kind = JsonNode::Kind::Bool;
            } else if (node->string == u"null"_s) {
                node->kind = JsonNode::Kind::Null;
            } else {
                bool ok = false;
                node->string.toDouble(&ok);
                if (!ok) {
                    fail("unexpected character");
                    return nullptr;
                }
                node->kind = JsonNode::Kind::Number;
            }
        }
        node->end = m_pos;
        return node;
    }

    const QString &m_text;
    int m_pos = 0;
    QString m_error;
};

} // namespace

const JsonNode *JsonNode::value(const QString &key) const
{
    for (qsizetype i = members.size() - 1; i >= 0; --i)
        if (members.at(i).key == key)
            return members.at(i).value.get();
    return nullptr;
}

QString JsonNode::stringValue(const QString &key) const
{
    const JsonNode *v = value(key);
    return v && v->isString() ? v->string : QString();
}

std::shared_ptr<JsonNode> parseJsonTree(const QString &text, QString *error)
{
    Parser p(text);
    return p.parseDocument(error);
}

} // namespace Armlift
