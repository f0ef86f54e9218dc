#include "FixSafety.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Armlift::FixSafety {

namespace {

enum class Shape { InLine, InLineOrArgDeclaration };

struct SafeRule
{
    const char *ruleId;
    const char *reason;
    Shape shape;
};

// The data: rules whose fixes rewrite a value in place. Everything else (other base images,
// removed flags, extra packages, stages moved to the build platform) changes what the build
// does and is left to a person.
constexpr SafeRule SafeRules[] = {
    {"ARM103", QT_TRANSLATE_NOOP("Armlift::FixSafety", "declares a platform argument"), Shape::InLineOrArgDeclaration},
    {"ARM201", QT_TRANSLATE_NOOP("Armlift::FixSafety", "changes an architecture name in a download"), Shape::InLineOrArgDeclaration},
    {"ARM202", QT_TRANSLATE_NOOP("Armlift::FixSafety", "changes an architecture name in a download"), Shape::InLineOrArgDeclaration},
    {"ARM301", QT_TRANSLATE_NOOP("Armlift::FixSafety", "raises a pinned version"), Shape::InLine},
    {"ARM303", QT_TRANSLATE_NOOP("Armlift::FixSafety", "raises a pinned version"), Shape::InLine},
    {"ARM304", QT_TRANSLATE_NOOP("Armlift::FixSafety", "raises a pinned version"), Shape::InLine},
    {"ARM401", QT_TRANSLATE_NOOP("Armlift::FixSafety", "changes an architecture build tag"), Shape::InLine},
    {"ARM701", QT_TRANSLATE_NOOP("Armlift::FixSafety", "raises a version requirement"), Shape::InLine},
    {"ARM711", QT_TRANSLATE_NOOP("Armlift::FixSafety", "raises a version requirement"), Shape::InLine},
};

const SafeRule *ruleEntry(const QString &ruleId)
{
    for (const SafeRule &rule : SafeRules) {
        if (ruleId == QLatin1String(rule.ruleId))
            return &rule;
    }
    return nullptr;
}

bool editHasShape(const TextEdit &edit, Shape shape)
{
    if (edit.range.line != edit.range.endLine)
        return false;
    if (!edit.newText.contains(u'\n'))
        return true;
    if (shape != Shape::InLineOrArgDeclaration || edit.range.column != edit.range.endColumn)
        return false;
    // An insertion of whole `ARG NAME` lines at a line end: "\nARG TARGETARCH".
    static const QRegularExpression argLine(u"^\\s*ARG\\s+[A-Za-z_][A-Za-z0-9_]*\\s*$"_s);
    const QStringList pieces = edit.newText.split(u'\n');
    if (!pieces.constFirst().isEmpty())
        return false;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (!argLine.match(pieces.at(i)).hasMatch())
            return false;
    }
    return true;
}

} // namespace

QString reason(const QString &ruleId)
{
    const SafeRule *rule = ruleEntry(ruleId);
    return rule ? QCoreApplication::translate("Armlift::FixSafety", rule->reason) : QString();
}

bool isSafe(const Finding &finding, const Fix &fix)
{
    const SafeRule *rule = ruleEntry(finding.ruleId);
    if (!rule || !fix.note.isEmpty() || fix.edits.isEmpty())
        return false;
    for (const TextEdit &edit : fix.edits) {
        if (!editHasShape(edit, rule->shape))
            return false;
    }
    return true;
}

int safeFixIndex(const Finding &finding)
{
    for (int i = 0; i < finding.fixes.size(); ++i) {
        if (isSafe(finding, finding.fixes.at(i)))
            return i;
    }
    return -1;
}

} // namespace Armlift::FixSafety
