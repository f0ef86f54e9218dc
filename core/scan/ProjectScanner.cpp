#include "scan/ProjectScanner.h"

#include "dockerfile/Dockerfile.h"
#include "kb/KnowledgeBase.h"
#include "lint/LintPass.h"
#include "rules/RuleContext.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectFiles.h"
#include "scan/Suppressions.h"
#include "scan/TextFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>

#include <cstring>
#include <numeric>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#endif

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

} // namespace

QList<Finding> runRulePass(const RuleRegistry &registry, const QList<const Rule *> &rules, const Dockerfile &df,
                           const QList<ShellSource> &shell, const QString &rel, const ProjectFiles &files,
                           const ProjectConfig &config)
{
    const RuleContext ctx{df, registry.knowledgeBase(), files, rel, shell};
    QList<Finding> raw;
    for (const Rule *rule : rules) {
        if (!config.m_disabled.isEmpty() && config.isDisabled(registry.id(rule)))
            continue;
        rule->check(ctx, raw);
    }
    return keptFindings(std::move(raw), df, rel, files, config);
}

QList<Finding> keptFindings(QList<Finding> raw, const Dockerfile &df, const QString &rel, const ProjectFiles &files,
                            const ProjectConfig &config)
{
    QList<Finding> kept;
    kept.reserve(raw.size());
    // One search of the whole file (a long text: Qt's Boyer-Moore) saves looking for suppression
    // comments around every finding in the common case of a file without any.
    const bool dockerfileSuppresses = df.document().text().contains(u"armlift-ignore");
    for (Finding &f : raw) {
        if (!config.adjust(f))
            continue;
        // "ignore" globs also silence manifests a Dockerfile uses: the only way for JSON files.
        if (f.file != rel && config.isIgnored(f.file))
            continue;
        if (f.file == rel) {
            if (!dockerfileSuppresses) {
                kept.append(std::move(f));
                continue;
            }
            // The instruction containing the finding, for suppression comments above it.
            int instructionLine = 0;
            const int offset = df.document().offsetOf(f.range.line, f.range.column);
            // Instructions are in document order and never overlap: the last one starting at or
            // before the offset is the only candidate.
            const auto &ins = df.instructions();
            auto after = std::upper_bound(ins.cbegin(), ins.cend(), offset,
                                          [](int o, const Instruction &in) { return o < in.start; });
            if (after != ins.cbegin() && offset <= std::prev(after)->end)
                instructionLine = df.document().lineOf(std::prev(after)->start);
            if (isSuppressed(df.document(), f.range.line, f.ruleId, instructionLine))
                continue;
        } else if (f.file.endsWith(u".json")) {
            // package.json, package-lock.json: no comments; "ignore"/"disable" above apply.
        } else if (isHashCommentManifest(f.file)) {
            if (isSuppressedInManifest(files, f.file, f.range.line, f.ruleId))
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

void finishScanResult(ScanResult &result, const ProjectFiles &files)
{
    const QList<QPair<QString, QString>> used = files.usedFiles();
    if (!used.isEmpty()) {
        // A scan of many folders uses many manifests: look the paths up, not through the list.
        QSet<QString> known;
        known.reserve(result.files.size() + used.size());
        for (const ScannedFile &f : std::as_const(result.files))
            known.insert(f.path);
        for (const auto &[path, kind] : used) {
            if (!known.contains(path)) {
                known.insert(path);
                result.files.append({path, kind});
            }
        }
    }
    result.errors += files.errors();
    // Sorted by file, range and rule (the message orders the rest), then one finding per
    // problem even when two Dockerfiles share a requirements file: the stable sort keeps the
    // first of equal findings first.
    // The positions are sorted, then the findings moved once: sorting the findings themselves
    // moved each one several times and made a buffer of them.
    QList<int> order(result.findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int i, int j) {
        const Finding &a = result.findings.at(i);
        const Finding &b = result.findings.at(j);
        if (a.file != b.file)
            return a.file < b.file;
        if (a.range != b.range)
            return a.range < b.range;
        if (a.ruleId != b.ruleId)
            return a.ruleId < b.ruleId;
        return a.message < b.message;
    });
    QList<Finding> sorted;
    sorted.reserve(order.size());
    for (const int i : std::as_const(order))
        sorted.append(std::move(result.findings[i]));
    result.findings = std::move(sorted);
    auto same = [](const Finding &a, const Finding &b) {
        return a.range == b.range && a.ruleId == b.ruleId && a.file == b.file && a.message == b.message;
    };
    result.findings.erase(std::unique(result.findings.begin(), result.findings.end(), same), result.findings.end());
    std::sort(result.files.begin(), result.files.end(),
              [](const ScannedFile &a, const ScannedFile &b) { return a.path < b.path; });
    std::sort(result.errors.begin(), result.errors.end(), [](const ScanError &a, const ScanError &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
}

namespace {

// Every rule over one parsed Dockerfile.
QList<Finding> runRules(const RuleRegistry &registry, const Dockerfile &df, const QString &rel, const ProjectFiles &files,
                        const ProjectConfig &config)
{
    QList<const Rule *> all;
    all.reserve(qsizetype(registry.rules().size()));
    for (const auto &rule : registry.rules())
        all.append(rule.get());
    return runRulePass(registry, all, df, collectShellSources(df), rel, files, config);
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

namespace {

// `name` starts with `prefix` (lower-case ASCII), ignoring case.
bool startsWithNoCase(QStringView name, QLatin1StringView prefix)
{
    return name.size() >= prefix.size() && name.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool endsWithNoCase(QStringView name, QLatin1StringView suffix)
{
    return name.size() >= suffix.size() && name.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0;
}

// One entry of a folder, as the walk needs it.
struct DirEntry
{
    QString name;
    bool symLink = false;
    bool dir = false;      // a folder (for a link: the link's target is one)
};

#ifdef Q_OS_UNIX
// Could the file name (bytes of the file system) be a Dockerfile's? Plain ASCII names are
// answered here; others are decoded and asked again.
bool mayBeDockerfileName(const char *n, size_t length)
{
    for (size_t i = 0; i < length; ++i)
        if (uchar(n[i]) >= 0x80)
            return true;
    const QLatin1StringView name(n, qsizetype(length));
    auto starts = [&](QLatin1StringView p) { return name.startsWith(p, Qt::CaseInsensitive); };
    return name.compare(QLatin1StringView("dockerfile"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1StringView("containerfile"), Qt::CaseInsensitive) == 0
        || name.endsWith(QLatin1StringView(".dockerfile"), Qt::CaseInsensitive) || starts(QLatin1StringView("dockerfile."))
        || starts(QLatin1StringView("containerfile."));
}
#endif

// The entries of `path` that the walk needs (folders, links and files that may be Dockerfiles)
// sorted by name (QDir::Name), without "." and ".."; false when the
// folder cannot be read. On Unix the folder is read with readdir, whose entry types spare a
// stat() per entry, and names of other files are not even decoded (a tree of 10,000 files
// made that the larger part of the walk).
bool listFolder(const QString &path, QList<DirEntry> *entries)
{
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(path);
    DIR *d = ::opendir(encoded.constData());
    if (!d)
        return false;
    while (const dirent *e = ::readdir(d)) {
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        const size_t length = std::strlen(n);
        if (e->d_type == DT_REG && !mayBeDockerfileName(n, length))
            continue;
        DirEntry entry;
        bool ascii = true;
        for (size_t i = 0; i < length && ascii; ++i)
            ascii = uchar(n[i]) < 0x80;
        entry.name = ascii ? QString::fromLatin1(n, qsizetype(length)) : QFile::decodeName(n);
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (::fstatat(::dirfd(d), n, &st, AT_SYMLINK_NOFOLLOW) == 0)
                type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
        }
        entry.symLink = type == DT_LNK;
        if (entry.symLink) {
            struct stat st;
            entry.dir = ::fstatat(::dirfd(d), n, &st, 0) == 0 && S_ISDIR(st.st_mode);
        } else {
            entry.dir = type == DT_DIR;
        }
        entries->append(std::move(entry));
    }
    ::closedir(d);
#else
    const QDir dir(path);
    if (!dir.isReadable())
        return false;
    const QFileInfoList infos =
        dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::NoSort);
    for (const QFileInfo &e : infos)
        entries->append({e.fileName(), e.isSymLink(), e.isDir()});
#endif
    std::sort(entries->begin(), entries->end(), [](const DirEntry &a, const DirEntry &b) { return a.name < b.name; });
    return true;
}

} // namespace

bool ProjectScanner::isDockerfileName(const QString &fileName)
{
    // Asked for every file of the tree: compared without making a lower-case copy.
    const QStringView n(fileName);
    const auto dockerfile = QLatin1StringView("dockerfile");
    const auto containerfile = QLatin1StringView("containerfile");
    return (n.size() == dockerfile.size() && startsWithNoCase(n, dockerfile))
        || (n.size() == containerfile.size() && startsWithNoCase(n, containerfile))
        || endsWithNoCase(n, QLatin1StringView(".dockerfile")) || startsWithNoCase(n, QLatin1StringView("dockerfile."))
        || startsWithNoCase(n, QLatin1StringView("containerfile."));
}

QStringList ProjectScanner::findDockerfiles(const QString &root, const ProjectConfig &config, QList<ScanError> *errors,
                                            const std::function<bool()> &isCancelled)
{
    QStringList found;
    QList<QString> pending{QString()};
    QString canonicalRoot; // computed for the first link met
    QList<DirEntry> entries;
    while (!pending.isEmpty()) {
        if (isCancelled && isCancelled())
            break;
        const QString rel = pending.takeLast();
        const QString path = rel.isEmpty() ? root : root + u'/' + rel;
        entries.clear();
        if (!listFolder(path, &entries)) {
            if (errors)
                errors->append({rel, 0, tr("%1: folder cannot be read; skipped").arg(rel)});
            continue;
        }
        for (const DirEntry &e : std::as_const(entries)) {
            const bool dockerfileName = !e.dir && isDockerfileName(e.name);
            if (!e.dir && !dockerfileName)
                continue; // neither walked nor found: the common case, no path built
            const QString childRel = rel.isEmpty() ? e.name : rel + u'/' + e.name;
            if (e.symLink) {
                // Never leave the root through a link; linked folders are not walked (no loops).
                if (e.dir)
                    continue;
                const QString target = QFileInfo(path + u'/' + e.name).canonicalFilePath();
                if (canonicalRoot.isEmpty())
                    canonicalRoot = QFileInfo(root).canonicalFilePath();
                if (target.isEmpty() || !target.startsWith(canonicalRoot + u'/')) {
                    if (errors)
                        errors->append({childRel, 0, tr("%1: symbolic link to outside the scanned folder; not followed").arg(childRel)});
                    continue;
                }
            }
            if (e.dir) {
                if (!skippedDirectories().contains(e.name) && !config.isIgnored(childRel))
                    pending.append(childRel);
            } else if (!config.isIgnored(childRel)) {
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
    finishScanResult(result, files);
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
    finishScanResult(result, files);
    return result;
}

} // namespace Armlift
