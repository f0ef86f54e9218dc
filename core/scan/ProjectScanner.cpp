#include "scan/ProjectScanner.h"

#include "dockerfile/Dockerfile.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectFiles.h"
#include "scan/Suppressions.h"
#include "scan/TextFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("ProjectScanner", s); }

const QSet<QString> &skippedDirectories()
{
    static const QSet<QString> names{
        QStringLiteral(".git"), QStringLiteral(".hg"), QStringLiteral(".svn"), QStringLiteral("node_modules"),
        QStringLiteral("vendor"), QStringLiteral("third_party"), QStringLiteral(".venv"), QStringLiteral("venv"),
        QStringLiteral("__pycache__"), QStringLiteral(".tox"), QStringLiteral(".terraform"),
    };
    return names;
}

struct FileOutcome
{
    QList<Finding> findings;
    QList<ScanError> errors;
    bool scanned = false;
};

// Runs every rule over one parsed Dockerfile and filters by suppressions and config.
QList<Finding> runRules(const RuleRegistry &rules, const Dockerfile &df, const QString &rel, const ProjectFiles &files,
                        const ProjectConfig &config)
{
    const QList<ShellSource> shell = collectShellSources(df);
    const RuleContext ctx{df, rules.knowledgeBase(), files, rel, shell};
    QList<Finding> raw;
    for (const auto &rule : rules.rules()) {
        if (config.isDisabled(rule->info().id))
            continue;
        rule->check(ctx, raw);
    }
    QList<Finding> kept;
    kept.reserve(raw.size());
    for (Finding &f : raw) {
        if (!config.adjust(f))
            continue;
        if (f.file == rel) {
            // The instruction containing the finding, for suppression comments above it.
            int instructionLine = 0;
            const int offset = df.document().offsetOf(f.range.line, f.range.column);
            for (const Instruction &in : df.instructions()) {
                if (in.start <= offset && offset <= in.end) {
                    instructionLine = df.document().lineOf(in.start);
                    break;
                }
            }
            if (isSuppressed(df.document(), f.range.line, f.ruleId, instructionLine))
                continue;
        } else if (const RequirementsFile *req = files.requirements(f.file)) {
            if (isSuppressed(req->document, f.range.line, f.ruleId))
                continue;
        } else if (const GoMod *mod = f.file.endsWith(u"go.mod") ? files.goMod(f.file) : nullptr) {
            if (isSuppressed(mod->document, f.range.line, f.ruleId))
                continue;
        }
        kept.append(std::move(f));
    }
    return kept;
}

void addParseProblems(const Dockerfile &df, const QString &rel, QList<ScanError> &errors)
{
    for (const ParseProblem &p : df.problems())
        errors.append({rel, p.line, u"%1:%2: %3"_s.arg(rel).arg(p.line).arg(p.message)});
}

void finish(ScanResult &result, const ProjectFiles &files)
{
    for (const auto &[path, kind] : files.usedFiles()) {
        const bool known = std::any_of(result.files.cbegin(), result.files.cend(),
                                       [&](const ScannedFile &f) { return f.path == path; });
        if (!known)
            result.files.append({path, kind});
    }
    result.errors += files.errors();
    // One finding per problem even when two Dockerfiles share a requirements file.
    QSet<QString> seen;
    QList<Finding> unique;
    for (Finding &f : result.findings) {
        const QString key = f.ruleId + u'|' + f.file + u'|' + QString::number(f.range.line) + u':'
                            + QString::number(f.range.column) + u'-' + QString::number(f.range.endLine) + u':'
                            + QString::number(f.range.endColumn) + u'|' + f.message;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(std::move(f));
    }
    std::sort(unique.begin(), unique.end(), [](const Finding &a, const Finding &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.range != b.range)
            return a.range < b.range;
        return a.ruleId < b.ruleId;
    });
    result.findings = unique;
    std::sort(result.files.begin(), result.files.end(),
              [](const ScannedFile &a, const ScannedFile &b) { return a.path < b.path; });
    std::sort(result.errors.begin(), result.errors.end(), [](const ScanError &a, const ScanError &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
}

} // namespace

ProjectScanner::ProjectScanner(const RuleRegistry &rules)
    : m_rules(rules)
{
}

ProjectScanner::ProjectScanner()
    : m_rules(RuleRegistry::bundled())
{
}

bool ProjectScanner::isDockerfileName(const QString &fileName)
{
    const QString n = fileName.toLower();
    return n == u"dockerfile" || n == u"containerfile" || n.endsWith(u".dockerfile") || n.startsWith(u"dockerfile.")
           || n.startsWith(u"containerfile.");
}

QStringList ProjectScanner::findDockerfiles(const QString &root, const ProjectConfig &config, QList<ScanError> *errors,
                                            const std::function<bool()> &isCancelled)
{
    QStringList found;
    const QDir rootDir(root);
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        if (isCancelled && isCancelled())
            break;
        const QString rel = pending.takeLast();
        const QDir dir(rel.isEmpty() ? root : rootDir.filePath(rel));
        if (!dir.isReadable()) {
            if (errors)
                errors->append({rel, 0, tr("%1: folder cannot be read; skipped").arg(rel)});
            continue;
        }
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &e : entries) {
            const QString childRel = rel.isEmpty() ? e.fileName() : rel + u'/' + e.fileName();
            if (e.isSymLink()) {
                // Never leave the root through a link; linked folders are not walked (no loops).
                if (e.isDir() || !isDockerfileName(e.fileName()))
                    continue;
                const QString target = e.canonicalFilePath();
                const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
                if (target.isEmpty() || !target.startsWith(canonicalRoot + u'/')) {
                    if (errors)
                        errors->append({childRel, 0, tr("%1: symbolic link to outside the scanned folder; not followed").arg(childRel)});
                    continue;
                }
            }
            if (e.isDir()) {
                if (!skippedDirectories().contains(e.fileName()) && !config.isIgnored(childRel))
                    pending.append(childRel);
            } else if (isDockerfileName(e.fileName()) && !config.isIgnored(childRel)) {
                found.append(childRel);
            }
        }
    }
    found.sort();
    return found;
}

ScanResult ProjectScanner::scan(const QString &rootOrFile, const Options &options) const
{
    ScanResult result;
    const QFileInfo info(rootOrFile);
    QString root = info.absoluteFilePath();
    QStringList dockerfiles;
    ProjectConfig config;
    if (info.isFile()) {
        root = info.absolutePath();
        dockerfiles.append(info.fileName());
    }
    result.root = QDir::cleanPath(root);
    QString configError;
    config = ProjectConfig::load(root, &configError);
    if (!configError.isEmpty())
        result.errors.append({QStringLiteral(".armlift"), 0, configError});
    if (!info.isFile())
        dockerfiles = findDockerfiles(root, config, &result.errors, options.isCancelled);

    ProjectFiles files(root);
    for (auto it = options.overrides.cbegin(); it != options.overrides.cend(); ++it)
        files.setOverride(it.key(), it.value());

    const int total = int(dockerfiles.size());
    std::atomic<int> done{0};
    auto scanOne = [&](const QString &rel) {
        FileOutcome out;
        if (options.isCancelled && options.isCancelled())
            return out;
        QString text, error;
        bool ok = true;
        if (auto ov = options.overrides.constFind(rel); ov != options.overrides.cend()) {
            text = *ov;
        } else {
            QString warning;
            ok = TextFileReader::read(root + u'/' + rel, rel, &text, &error, &warning);
            if (!warning.isEmpty())
                out.errors.append({rel, 0, warning});
        }
        if (!ok) {
            out.errors.append({rel, 0, error});
        } else {
            const Dockerfile df = Dockerfile::parse(rel, text);
            addParseProblems(df, rel, out.errors);
            out.findings = runRules(m_rules, df, rel, files, config);
            out.scanned = true;
        }
        const int n = ++done;
        if (options.progress)
            options.progress(n, total);
        return out;
    };

    QList<FileOutcome> outcomes;
    if (total > 16) {
        outcomes = QtConcurrent::blockingMapped(dockerfiles, std::function<FileOutcome(const QString &)>(scanOne));
    } else {
        for (const QString &rel : dockerfiles)
            outcomes.append(scanOne(rel));
    }
    for (int i = 0; i < outcomes.size(); ++i) {
        FileOutcome &o = outcomes[i];
        if (o.scanned)
            result.files.append({dockerfiles.at(i), QStringLiteral("dockerfile")});
        result.findings += std::move(o.findings);
        result.errors += std::move(o.errors);
    }
    result.cancelled = options.isCancelled && options.isCancelled();
    finish(result, files);
    return result;
}

ScanResult ProjectScanner::lintText(const QString &root, const QString &relativePath, const QString &text,
                                    const ProjectConfig &config) const
{
    ScanResult result;
    result.root = QDir(root).absolutePath();
    const QString rel = ProjectFiles::normalize(relativePath);
    ProjectFiles files(root);
    const Dockerfile df = Dockerfile::parse(rel, text);
    addParseProblems(df, rel, result.errors);
    result.files.append({rel, QStringLiteral("dockerfile")});
    result.findings = runRules(m_rules, df, rel, files, config);
    finish(result, files);
    return result;
}

} // namespace Armlift
