#pragma once

// Runs one rule of the Python, Go or native families on a small project written to a
// temporary folder, and applies fixes the way armlift-scan --fix does (FixApplier per file).

#include "dockerfile/Dockerfile.h"
#include "fix/FixApplier.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/RuleFamilies.h"
#include "scan/ProjectFiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace Armlift::Internal {

// path -> content; "Dockerfile" (or the first key ending in Dockerfile) is the one checked.
using Files = QHash<QString, QString>;

inline const Rule *familyRule(const QString &id)
{
    static const RuleList rules = [] {
        RuleList r;
        addPythonRules(r, KnowledgeBase::bundled());
        addGoRules(r, KnowledgeBase::bundled());
        addNativeRules(r, KnowledgeBase::bundled());
        return r;
    }();
    for (const auto &r : rules) {
        if (r->info().id == id)
            return r.get();
    }
    return nullptr;
}

inline QList<Finding> runRule(const QString &id, const Files &files, const QString &dockerfile = QStringLiteral("Dockerfile"))
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(it.value().toUtf8());
    }
    ProjectFiles project(dir.path());
    const Dockerfile df = Dockerfile::parse(dockerfile, files.value(dockerfile));
    const QList<ShellSource> shell = collectShellSources(df);
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, dockerfile, shell};
    QList<Finding> out;
    if (const Rule *rule = familyRule(id))
        rule->check(ctx, out);
    return out;
}

// The project after applying fix `index` of `finding`.
inline Files applyFix(const Files &files, const Finding &finding, int index = 0)
{
    Files result = files;
    if (index >= finding.fixes.size())
        return result;
    QHash<QString, QList<TextEdit>> byFile;
    for (const TextEdit &e : finding.fixes.at(index).edits)
        byFile[e.file].append(e);
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it)
        result[it.key()] = FixApplier::apply(files.value(it.key()), it.value()).text;
    return result;
}

// QFETCH-friendly form: path, content, path, content …
inline Files toFiles(const QStringList &pairs)
{
    Files files;
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
        files.insert(pairs.at(i), pairs.at(i + 1));
    return files;
}

inline SourceRange range(int line, int column, int endLine, int endColumn)
{
    return SourceRange{line, column, endLine, endColumn};
}

inline QList<Finding> ofRule(const QList<Finding> &findings, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.ruleId == id)
            out.append(f);
    }
    return out;
}

} // namespace Armlift::Internal

Q_DECLARE_METATYPE(Armlift::SourceRange)
