#include "FixPlan.h"

#include "fix/FixApplier.h"
#include "fix/ProjectFixer.h"
#include "text/TextEncoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Armlift::FixPlan", text);
}
} // namespace

FixPlan FixPlan::build(const Fix &fix, const TextSource &source)
{
    FixPlan plan;
    plan.title = fix.title;
    plan.note = fix.note;
    QStringList order;
    QHash<QString, QList<TextEdit>> byFile;
    for (const TextEdit &edit : fix.edits) {
        if (!byFile.contains(edit.file))
            order.append(edit.file);
        byFile[edit.file].append(edit);
    }
    for (const QString &path : std::as_const(order)) {
        QString text;
        QString error;
        if (!source(path, &text, &error)) {
            plan.error = error;
            return plan;
        }
        const FixApplier::Result result = FixApplier::apply(text, byFile.value(path));
        if (!result.refused.isEmpty()) {
            plan.error = tr("The fix \"%1\" has overlapping edits in %2 (line %3); nothing was changed.")
                             .arg(fix.title, path)
                             .arg(result.refused.constFirst().range.line);
            return plan;
        }
        QString after = result.text;
        // Edits computed on a "\r\n" file may bring "\r\n" along; the editor holds "\n".
        after.replace(u"\r\n"_s, u"\n"_s);
        if (after != text)
            plan.changes.append({path, text, after});
    }
    if (plan.changes.isEmpty() && plan.error.isEmpty())
        plan.error = tr("The fix \"%1\" changes nothing: the text is already fixed.").arg(fix.title);
    return plan;
}

bool FixPlan::readNormalized(const QString &root, const QString &path, QString *text, QString *error)
{
    QFile file(QDir(root).filePath(path));
    if (!file.exists() && ProjectFixer::canCreate(root, path)) {
        text->clear(); // a fix creates it (ARM702's .dockerignore): its diff is one from empty
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    *text = NormalizedText::fromBytes(file.readAll()).text;
    return true;
}

} // namespace Armlift
