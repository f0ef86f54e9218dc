#include "cli/ScanCommand.h"

#include "credentials/CredentialStore.h"
#include "git/Author.h"
#include "git/Cloner.h"
#include "git/CommitForScan.h"
#include "git/WorkTreeStatus.h"
#include "online/OnlineChecker.h"
#include "online/StoredRegistryCredentials.h"
#include "recipes/RecipeCommand.h"

#include "buildlog/BuildLogDoctor.h"

#include "fix/ProjectFixer.h"
#include "fix/TextDiff.h"
#include "report/ReportWriter.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Scan error messages usually start with "file:" or "file:line:"; the CLI prints the location
// itself, in front, so it is taken off the message.
QString withoutLocation(QString message, const QString &file)
{
    if (!file.isEmpty() && message.startsWith(file + u':')) {
        message.remove(0, file.size() + 1);
        qsizetype digits = 0;
        while (digits < message.size() && message.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < message.size() && message.at(digits) == u':')
            message.remove(0, digits + 1);
    }
    return message.trimmed();
}

// The prefix that names a root's files in a combined report: the folder as given, or the
// folder of a Dockerfile given directly.
QString rootPrefix(const QString &root)
{
    const QFileInfo info(root);
    return info.isFile() ? info.path() : root;
}

// The rules whose findings the fixes removed (fewer in the final scan than before), plus those
// whose fix left a note: what the commit message lists.
QStringList fixedRuleIds(const ScanResult &before, const ProjectFixer::Result &fixed)
{
    QHash<QString, int> remaining;
    for (const Finding &f : fixed.finalScan.findings)
        ++remaining[f.ruleId];
    QHash<QString, int> initial;
    for (const Finding &f : before.findings) {
        if (!f.fixes.isEmpty())
            ++initial[f.ruleId];
    }
    QStringList ids;
    for (auto it = initial.cbegin(); it != initial.cend(); ++it) {
        if (remaining.value(it.key()) < it.value())
            ids.append(it.key());
    }
    for (const ProjectFixer::Note &n : fixed.notes)
        ids.append(n.ruleId);
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

} // namespace

ScanCommand::ScanCommand(QIODevice &out, QIODevice &err, bool errIsTerminal)
    : m_out(out)
    , m_err(err)
    , m_errIsTerminal(errIsTerminal)
{
}

void ScanCommand::say(const QString &line)
{
    m_err.write((line + u'\n').toUtf8());
}

int ScanCommand::run(const QStringList &arguments)
{
    if (isRecipeCommand(arguments))
        return runRecipeCommand(arguments, m_out, m_err);
    ScanOptions options;
    if (!options.parse(arguments)) {
        say(u"armlift-scan: "_s + options.error);
        say(tr("Try 'armlift-scan --help' for the options."));
        return UsageError;
    }
    switch (options.action) {
    case ScanOptions::Action::Help:
        m_out.write(options.helpText.toUtf8());
        return Clean;
    case ScanOptions::Action::Version:
        m_out.write(u"armlift-scan %1\n"_s.arg(QStringLiteral(ARMLIFT_VERSION)).toUtf8());
        return Clean;
    case ScanOptions::Action::ListRules: return listRules(options);
    case ScanOptions::Action::Explain: return explain(options);
    case ScanOptions::Action::Scan: break;
    }
    if (!options.buildLog.isEmpty())
        return buildLog(options);
    return scan(options);
}

QString ScanCommand::summary(const ScanResult &result)
{
    return tr("%1 files, %2 problems (%3 errors, %4 warnings, %5 info), %6 fixable")
        .arg(QString::number(result.files.size()), QString::number(result.findings.size()),
             QString::number(result.count(Severity::Error)), QString::number(result.count(Severity::Warning)),
             QString::number(result.count(Severity::Info)), QString::number(result.fixableCount()));
}

QString ScanCommand::prefixed(const QString &prefix, const QString &path)
{
    if (prefix.isEmpty() || prefix == u"."_s)
        return path;
    return QDir::cleanPath(prefix + u'/' + path);
}

ScanResult ScanCommand::combine(const QStringList &roots, const QList<ScanResult> &results)
{
    if (results.size() == 1)
        return results.first();
    // Several roots: paths stay readable and unique by naming each root as the user typed it;
    // "root" is then the working directory those names are relative to.
    ScanResult combined;
    combined.root = QDir::currentPath();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString prefix = rootPrefix(roots.at(i));
        const ScanResult &r = results.at(i);
        combined.cancelled = combined.cancelled || r.cancelled;
        for (const ScannedFile &f : r.files)
            combined.files.append({prefixed(prefix, f.path), f.kind});
        for (Finding f : r.findings) {
            f.file = prefixed(prefix, f.file);
            for (Fix &fix : f.fixes) {
                for (TextEdit &e : fix.edits)
                    e.file = prefixed(prefix, e.file);
            }
            combined.findings.append(f);
        }
        for (ScanError e : r.errors) {
            const QString file = prefixed(prefix, e.file);
            if (e.message.startsWith(e.file + u':'))
                e.message = file + e.message.mid(e.file.size());
            e.file = file;
            combined.errors.append(e);
        }
    }
    return combined;
}

bool ScanCommand::checkRoot(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        say(tr("armlift-scan: %1: no such file or folder").arg(path));
        return false;
    }
    if (info.isDir() ? !(info.isReadable() && info.isExecutable()) : !info.isReadable()) {
        say(tr("armlift-scan: %1: cannot read it (permission denied); check its permissions").arg(path));
        return false;
    }
    return true;
}

void ScanCommand::printErrors(const QList<ScanError> &errors)
{
    for (const ScanError &e : errors) {
        const QString where = e.line > 0 ? e.file + u':' + QString::number(e.line) : e.file;
        say(tr("%1: error: %2").arg(where, withoutLocation(e.message, e.file)));
    }
}

bool ScanCommand::writeReport(const ScanOptions &options, const ScanResult &result)
{
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(options.format);
    ReportContext context = ReportContext::fromRegistry(RuleRegistry::bundled());
    if (options.buildLog.isEmpty() && options.paths.size() > 1) {
        for (const QString &path : options.paths)
            context.roots.append(rootPrefix(path));
    }
    const QByteArray report = writer->write(result, context);
    if (options.outputFile.isEmpty()) {
        m_out.write(report);
        return true;
    }
    QSaveFile file(options.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit()) {
        say(tr("armlift-scan: %1: cannot write the report: %2").arg(options.outputFile, file.errorString()));
        return false;
    }
    return true;
}

int ScanCommand::scan(const ScanOptions &options)
{
    // A git URL is cloned (shallow) first; --offline never blocks cloning (DESIGN.md).
    ScanOptions resolved = options;
    std::vector<std::unique_ptr<QTemporaryDir>> clones;
    std::optional<KeychainCredentialStore> credentials; // only touched when a URL is cloned
    resolved.paths.clear();
    for (const QString &p : options.paths) {
        if (Git::Cloner::isRemoteUrl(p) && options.commit && !options.push && options.keepClone.isEmpty()) {
            say(tr("armlift-scan: a commit in the temporary clone of %1 would be lost; add --push, or "
                   "--keep-clone DIR to keep the clone").arg(p));
            return UsageError;
        }
        if (!Git::Cloner::isRemoteUrl(p)) {
            resolved.paths << p;
            continue;
        }
        QString dest = options.keepClone;
        if (dest.isEmpty()) {
            clones.push_back(std::make_unique<QTemporaryDir>());
            dest = clones.back()->filePath(u"repo"_s);
        }
        QString error;
        if (!credentials)
            credentials.emplace();
        const auto progress = [this](const QString &l) { say(l); };
        if (!Git::cloneForScan(p, dest, &error, options.quiet ? std::function<void(const QString &)>() : progress, &*credentials)) {
            say(u"armlift-scan: "_s + error);
            return UsageError;
        }
        resolved.paths << dest;
    }
    return scanRoots(resolved);
}

int ScanCommand::scanRoots(const ScanOptions &options)
{
    for (const QString &path : options.paths) {
        if (!checkRoot(path))
            return UsageError;
    }
    const ProjectScanner scanner(RuleRegistry::bundled());
    const bool several = options.paths.size() > 1;
    QList<ScanResult> results;
    QString diff;
    int editsApplied = 0;
    int filesChanged = 0;
    QMutex progressMutex;
    QString workTree;   // --commit: the repository's work tree, checked before anything is changed
    QStringList fixedIds;
    std::unique_ptr<StoredRegistryCredentials> registryLogins; // loaded on the first --online check
    if (options.commit && !prepareCommit(options, &workTree))
        return UsageError;
    for (const QString &path : options.paths) {
        ProjectScanner::Options scanOptions;
        if (!options.quiet && m_errIsTerminal) {
            scanOptions.progress = [&](int done, int total) {
                QMutexLocker lock(&progressMutex);
                m_err.write(tr("\rScanning %1: %2/%3 files").arg(path, QString::number(done), QString::number(total)).toUtf8());
                if (done == total)
                    m_err.write("\r\x1b[K");
            };
        }
        ScanResult result = scanner.scan(path, scanOptions);
        if (options.online) {
            OnlineSettings online;
            online.insecureRegistries = options.insecureRegistries;
            if (!options.pypiUrl.isEmpty())
                online.pypiUrl = options.pypiUrl;
            if (!options.goDlUrl.isEmpty())
                online.goDlUrl = options.goDlUrl;
            if (!registryLogins) {
                // Private registries' logins from the keychain (Settings > Online checks in the app).
                KeychainCredentialStore store;
                QStringList loginErrors;
                registryLogins = StoredRegistryCredentials::load(store, &loginErrors);
                for (const QString &e : std::as_const(loginErrors))
                    say(u"armlift-scan: "_s + e);
            }
            const OnlineReport report = runOnlineChecks(result, online, registryLogins.get());
            result = report.result;
            printErrors(report.problems);
            if (!options.quiet) {
                say(tr("online: registry %1, pypi %2, go.dev %3; %4 requests")
                        .arg(OnlineSourceStatus::stateName(report.sources.value(u"registry"_s).state),
                             OnlineSourceStatus::stateName(report.sources.value(u"pypi"_s).state),
                             OnlineSourceStatus::stateName(report.sources.value(u"go.dev"_s).state))
                        .arg(report.requests));
            }
        }
        if (options.fix) {
            const QString prefix = several ? rootPrefix(path) : QString();
            const ProjectFixer fixer(scanner);
            const ProjectFixer::Result fixed = fixer.fix(path, result);
            QList<ScanError> fixErrors = fixed.errors;
            for (ScanError &e : fixErrors)
                e.file = prefixed(prefix, e.file);
            printErrors(fixErrors);
            for (const TextEdit &e : fixed.refused) {
                say(tr("%1:%2:%3: note: a fix was not applied because it overlaps another one here; "
                       "apply it by hand in the editor")
                        .arg(prefixed(prefix, e.file), QString::number(e.range.line),
                             QString::number(e.range.column)));
            }
            for (const ProjectFixer::Note &n : fixed.notes) {
                if (fixed.written)
                    say(tr("%1:%2: note: %3 [%4]").arg(prefixed(prefix, n.file), QString::number(n.line), n.text, n.ruleId));
            }
            if (!fixed.converged)
                say(tr("armlift-scan: %1: fixes kept changing the files; stopped after %2 rounds").arg(path, QString::number(fixed.rounds)));
            if (fixed.written) {
                fixedIds += fixedRuleIds(result, fixed);
                for (const ProjectFixer::FileChange &c : fixed.changes)
                    diff += unifiedDiff(prefixed(prefix, c.path), c.before, c.after);
                editsApplied += fixed.applied;
                filesChanged += int(fixed.changes.size());
            }
            result = fixed.finalScan;
        }
        results.append(result);
    }
    const ScanResult combined = combine(options.paths, results);
    printErrors(combined.errors);

    bool reportWritten = true;
    if (options.fix) {
        m_out.write(diff.toUtf8());
        if (!options.outputFile.isEmpty())
            reportWritten = writeReport(options, combined);
        if (!options.quiet) {
            // The remaining findings: stdout holds the diff, so they are listed here.
            m_err.write(ReportWriter::create(u"text"_s)->write(combined, {}));
            say(tr("Fixed: %1 edits in %2 files").arg(editsApplied).arg(filesChanged));
        }
        if (options.commit && !commitFixes(options, workTree, filesChanged, fixedIds))
            reportWritten = false; // exit status 2: the requested commit or push did not happen
    } else {
        reportWritten = writeReport(options, combined);
    }
    if (!options.quiet)
        say(summary(combined));
    return exitCode(options, combined, reportWritten);
}

bool ScanCommand::prepareCommit(const ScanOptions &options, QString *workTree)
{
    const QString path = options.paths.value(0);
    if (!checkRoot(path))
        return false;
    const QFileInfo info(path);
    Git::WorkTreeStatus state;
    if (!Git::WorkTreeStatus::read(info.isFile() ? info.absolutePath() : info.absoluteFilePath(), &state).ok()
        || state.workTree.isEmpty()) {
        say(tr("armlift-scan: %1 is not in a git repository (with a work tree); --commit needs one").arg(path));
        return false;
    }
    // Committing a tree that already had changes would mix them with the fixes.
    if (state.isDirty()) {
        say(tr("armlift-scan: %1 has uncommitted changes (%2); commit or stash them first, so the commit "
               "holds only the fixes").arg(state.workTree, state.summary()));
        return false;
    }
    // Before any file changes: a missing author must not leave fixed but uncommitted files.
    Git::Author author;
    if (const Git::Status s = Git::resolveAuthor(state.workTree, {options.author, {}, {}}, &author); !s.ok()) {
        say(u"armlift-scan: "_s + s.message);
        return false;
    }
    *workTree = state.workTree;
    return true;
}

bool ScanCommand::commitFixes(const ScanOptions &options, const QString &workTree, int filesChanged,
                              const QStringList &ruleIds)
{
    if (filesChanged == 0) {
        say(tr("armlift-scan: no fix was applied, so there is nothing to commit"));
        return true;
    }
    Git::CommitForScanOptions commit;
    commit.branch = options.branch;
    commit.author = options.author;
    commit.fixedRuleIds = ruleIds;
    commit.message = options.message;
    commit.push = options.push;
    if (!options.remote.isEmpty())
        commit.remote = options.remote;
    KeychainCredentialStore credentials; // only read when the remote asks for a credential
    QString error;
    QStringList summary;
    const bool ok = Git::commitForScan(workTree, commit, &error, &summary, &credentials);
    // The branch and the review URL are the result a CI log needs, so they print even with --quiet.
    for (const QString &line : std::as_const(summary))
        say(line);
    if (!ok)
        say(u"armlift-scan: "_s + error);
    return ok;
}

int ScanCommand::exitCode(const ScanOptions &options, const ScanResult &result, bool reportWritten) const
{
    if (!reportWritten)
        return UsageError;
    if (!options.failOn)
        return Clean;
    for (const Finding &f : result.findings) {
        if (f.severity >= *options.failOn)
            return FindingsFound;
    }
    return Clean;
}

int ScanCommand::buildLog(const ScanOptions &options)
{
    QFile file;
    const bool fromStdin = options.buildLog == u"-"_s;
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(options.buildLog);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        say(tr("armlift-scan: %1: cannot read the build log: %2").arg(options.buildLog, file.errorString()));
        return UsageError;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QString root = options.paths.value(0);
    if (!root.isEmpty() && !checkRoot(root))
        return UsageError;
    const QString logName = fromStdin ? tr("build log") : options.buildLog;
    const BuildLogDiagnosis diagnosis = BuildLogDoctor(RuleRegistry::bundled()).diagnose(text, logName, root);
    printErrors(diagnosis.errors);
    if (!diagnosis.recognised()) {
        // Zero findings is the honest answer; the last error lines help the user search further.
        say(tr("armlift-scan: %1: no known arm64 failure in this build log; its last error lines:").arg(logName));
        for (const QString &line : diagnosis.lastErrorLines)
            say(u"  "_s + line);
    }
    ScanResult result = diagnosis.toScanResult();
    if (result.root.isEmpty())
        result.root = QDir::currentPath();
    const bool reportWritten = writeReport(options, result);
    if (!options.quiet)
        say(summary(result));
    return exitCode(options, result, reportWritten);
}

int ScanCommand::listRules(const ScanOptions &options)
{
    const QList<RuleInfo> infos = RuleRegistry::bundled().infos();
    if (options.format == u"json"_s) {
        QJsonArray rules;
        for (const RuleInfo &info : infos) {
            rules.append(QJsonObject{{u"id"_s, info.id}, {u"severity"_s, severityName(info.severity)},
                                     {u"title"_s, info.title}, {u"summary"_s, info.summary},
                                     {u"helpUri"_s, RuleRegistry::helpUri(info.id)}});
        }
        m_out.write(QJsonDocument(rules).toJson(QJsonDocument::Indented));
        return Clean;
    }
    QString out;
    for (const RuleInfo &info : infos) {
        out += info.id + u"  "_s + severityName(info.severity).leftJustified(7) + u"  "_s + info.title + u": "_s
            + info.summary + u'\n';
    }
    m_out.write(out.toUtf8());
    return Clean;
}

int ScanCommand::explain(const ScanOptions &options)
{
    QString page = RuleRegistry::documentation(options.explainId);
    if (page.isEmpty()) {
        say(tr("armlift-scan: no rule '%1'; 'armlift-scan --list-rules' lists them").arg(options.explainId));
        return UsageError;
    }
    if (!page.endsWith(u'\n'))
        page += u'\n';
    m_out.write(page.toUtf8());
    return Clean;
}

} // namespace Armlift
