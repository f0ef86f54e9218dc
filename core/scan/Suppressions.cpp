#include "scan/Suppressions.h"

#include "scan/ProjectFiles.h"
#include "text/TextSearch.h"

#include <QRegularExpression>

namespace Armlift {

static bool lineSuppresses(QStringView text, const QString &ruleId)
{
    static const QRegularExpression re(QStringLiteral(R"(armlift-ignore\s*=\s*([A-Za-z0-9_,\s]+))"));
    if (!containsText(text, u"armlift-ignore"))
        return false; // asked for every finding's line and the comments above it
    const auto m = re.matchView(text);
    if (!m.hasMatch())
        return false;
    const QStringList ids = m.captured(1).split(u',', Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        const QString t = id.trimmed().section(u' ', 0, 0);
        if (t.compare(ruleId, Qt::CaseInsensitive) == 0 || t.compare(u"all", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

static bool commentsAbove(const TextDocument &doc, int line, const QString &ruleId)
{
    for (int l = line - 1; l >= 1; --l) {
        const QStringView t = doc.line(l).trimmed();
        if (!t.startsWith(u'#'))
            return false;
        if (lineSuppresses(t, ruleId))
            return true;
    }
    return false;
}

bool isSuppressed(const TextDocument &doc, int line, const QString &ruleId, int instructionLine)
{
    const QStringView t = doc.line(line);
    if (lineSuppresses(t, ruleId))
        return true;
    if (commentsAbove(doc, line, ruleId))
        return true;
    return instructionLine > 0 && instructionLine != line && commentsAbove(doc, instructionLine, ruleId);
}

bool isHashCommentManifest(const QString &path)
{
    static const QStringList withHashComments = {QStringLiteral("Gemfile"), QStringLiteral("Gemfile.lock"),
                                                 QStringLiteral("gems.rb"), QStringLiteral("gems.locked"),
                                                 QStringLiteral("yarn.lock"), QStringLiteral("pnpm-lock.yaml")};
    return withHashComments.contains(path.section(u'/', -1));
}

bool isSuppressedInManifest(const ProjectFiles &files, const QString &path, int line, const QString &ruleId)
{
    if (!isHashCommentManifest(path))
        return false;
    QString text, error;
    if (!files.readText(path, &text, &error) || !text.contains(u"armlift-ignore"))
        return false;
    return isSuppressed(TextDocument(text), line, ruleId);
}

} // namespace Armlift
