#pragma once

#include <QList>
#include <QString>
#include <memory>

namespace Armlift {

// A JSON value that remembers where it is written. QJsonDocument drops positions, but a
// finding about "sharp": "^0.23.0" in package.json must point at that line and column, and a
// fix must replace exactly the version string. Offsets index the parsed QString (UTF-16).
struct JsonNode
{
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    QString string;            // String: the unescaped value; Number/Bool: the literal
    int start = 0;             // first character of the value (the opening quote of a string)
    int end = 0;               // after the last character
    // Object members (in file order) and array elements.
    struct Member
    {
        QString key;
        int keyStart = 0;      // the key's opening quote
        int keyEnd = 0;        // after its closing quote
        std::shared_ptr<JsonNode> value;
    };
    QList<Member> members;
    QList<std::shared_ptr<JsonNode>> elements;

    bool isObject() const { return kind == Kind::Object; }
    bool isString() const { return kind == Kind::String; }
    // Member value by key; null when absent (the last one wins, like JSON.parse).
    const JsonNode *value(const QString &key) const;
    QString stringValue(const QString &key) const;
};

// Parses strict JSON (RFC 8259) with positions. Returns null and sets `error` ("line N: …")
// on a syntax error. Nesting deeper than 256 levels is refused (hostile files).
std::shared_ptr<JsonNode> parseJsonTree(const QString &text, QString *error);

} // namespace Armlift
