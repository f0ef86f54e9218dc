#include "rules/downloads/ShellEdits.h"

#include <QRegularExpression>

namespace Armlift::Internal {

using namespace Qt::StringLiterals;

TextEdit documentEdit(const Dockerfile &df, const QString &file, int start, int end, const QString &newText)
{
    TextEdit e;
    e.file = file;
    e.range = df.range(start, end);
    e.newText = newText;
    return e;
}

TextEdit siteEdit(const Dockerfile &df, const QString &file, const TextSite &site, int start, int end,
                  const QString &newText)
{
    return replaceIn(df, file, *site.text, start, end, site.jsonString ? jsonEscaped(newText) : newText);
}

bool isJsonSource(const Dockerfile &df, const ShellSource &src)
{
    return df.instructions().at(src.instruction).jsonForm;
}

QString jsonEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

static bool joinsSimply(QStringView between)
{
    const QStringView t = between.trimmed();
    return t.isEmpty() || t == u"&&"_s || t == u";"_s;
}

bool removeCommandEdit(const Dockerfile &df, const QString &file, const ShellSource &src, int index, TextEdit *edit)
{
    const auto &cmds = src.commands;
    if (src.execForm || index < 0 || index >= cmds.size() || cmds.size() < 2)
        return false;
    const QString &t = src.text.text();
    const ShellCommand &cmd = cmds.at(index);
    if (index + 1 < cmds.size()) {
        const ShellCommand &next = cmds.at(index + 1);
        if (joinsSimply(QStringView(t).mid(cmd.end, next.start - cmd.end))
            && (index == 0 || joinsSimply(QStringView(t).mid(cmds.at(index - 1).end, cmd.start - cmds.at(index - 1).end)))) {
            *edit = documentEdit(df, file, src.text.docOffset(cmd.start), src.text.docOffset(next.start), QString());
            return true;
        }
        return false;
    }
    const ShellCommand &prev = cmds.at(index - 1);
    const QStringView after = QStringView(t).mid(cmd.end).trimmed();
    if (!after.isEmpty() && after != u";"_s)
        return false;
    if (!joinsSimply(QStringView(t).mid(prev.end, cmd.start - prev.end)))
        return false;
    *edit = documentEdit(df, file, src.text.docEnd(prev.end), src.text.docEnd(cmd.end), QString());
    return true;
}

TextEdit removeWordEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const ShellCommand &cmd,
                        int wordIndex)
{
    const ShellWord &w = cmd.words.at(wordIndex);
    const int from = wordIndex > 0 ? src.text.docEnd(cmd.words.at(wordIndex - 1).end) : src.text.docOffset(w.start);
    return documentEdit(df, file, from, src.text.docEnd(w.end), QString());
}

bool prependStatementEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const QString &statement,
                          TextEdit *edit)
{
    if (src.execForm || src.commands.isEmpty())
        return false;
    int first = src.commands.first().start;
    for (const ShellCommand &c : src.commands)
        first = qMin(first, c.start);
    const QString text = statement + u"; ";
    const int at = src.text.docOffset(first);
    *edit = documentEdit(df, file, at, at, isJsonSource(df, src) ? jsonEscaped(text) : text);
    return true;
}

static QString shellValue(const QString &v)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.+-]+$"));
    if (plain.match(v).hasMatch())
        return v;
    return u'\'' + v + u'\'';
}

QString archCaseStatement(const QString &variable, const QString &amd64Value, const QString &arm64Value)
{
    return QStringLiteral("case \"$TARGETARCH\" in amd64) %1=%2 ;; arm64) %1=%3 ;; esac")
        .arg(variable, shellValue(amd64Value), shellValue(arm64Value));
}

int siteLine(const Dockerfile &df, const TextSite &site, int pos)
{
    return df.document().lineOf(site.text->docOffset(pos));
}

} // namespace Armlift::Internal
