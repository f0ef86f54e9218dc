#include "cli/ScanOptions.h"

#include "git/Author.h"
#include "git/MigrationBranch.h"
#include "report/ReportWriter.h"

#include <QCommandLineParser>

namespace Armlift {

using namespace Qt::StringLiterals;

bool ScanOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds arm64 migration problems in Dockerfiles and the manifests they use.\n"
           "The report goes to standard output (or --output); progress, the summary and errors go to\n"
           "standard error. Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage error or\n"
           "an unreadable scan root, or a failed --commit/--push.\n"
           "With several PATHs each is scanned on its own and the reports are combined; every file is\n"
           "then named with its PATH as given in front (proj-a/Dockerfile, proj-b/Dockerfile)."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption formatOption({u"f"_s, u"format"_s},
                                    tr("Report format: %1 (default: text).").arg(ReportWriter::formats().join(u", "_s)),
                                    tr("format"), u"text"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                    tr("Write the report to FILE (replaced atomically) instead of standard output."),
                                    tr("FILE"));
    const QCommandLineOption failOnOption(u"fail-on"_s,
                                    tr("Exit with 1 when a finding of this severity or worse exists: "
                                       "error, warning, info or never (default: error)."),
                                    tr("severity"), u"error"_s);
    const QCommandLineOption fixOption(u"fix"_s,
                                 tr("Apply the first fix of every finding, repeated until nothing more applies, "
                                    "and print the changes as a unified diff on standard output. The report of "
                                    "what remains goes to --output when given; the remaining findings are listed "
                                    "on standard error."));
    const QCommandLineOption listRulesOption(u"list-rules"_s, tr("List the rules (text, or JSON with --format json) and exit."));
    const QCommandLineOption explainOption(u"explain"_s, tr("Print the documentation page of rule ID and exit."), tr("ID"));
    const QCommandLineOption offlineOption(u"offline"_s,
                                     tr("Use only the bundled knowledge base and the cache (the default; wins over --online)."));
    const QCommandLineOption onlineOption(u"online"_s, tr("Also ask registries, PyPI and go.dev."));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, tr("Print no progress and no summary."));
    const QCommandLineOption buildLogOption(u"build-log"_s,
                                      tr("Explain a failed arm64 build from its log (docker build, buildx, buildah, "
                                         "podman; '-' reads standard input): the cause, the rule and the fix, pointed "
                                         "at the Dockerfile line when PATH (the Dockerfile or its folder) is given."),
                                      tr("FILE"));
    const QCommandLineOption insecureRegistryOption(u"insecure-registry"_s,
        tr("Talk plain HTTP to the registry HOST:PORT (repeatable), e.g. a local registry."), tr("HOST:PORT"));
    const QCommandLineOption pypiUrlOption(u"pypi-url"_s, tr("PyPI JSON API base URL (default https://pypi.org/pypi)."), tr("URL"));
    const QCommandLineOption goDlUrlOption(u"go-dl-url"_s, tr("Go downloads base URL (default https://go.dev/dl)."), tr("URL"));
    const QCommandLineOption keepCloneOption(u"keep-clone"_s,
        tr("When PATH is a git URL, clone it into DIR and keep it (default: a temporary folder)."), tr("DIR"));
    const QCommandLineOption commitOption(u"commit"_s,
        tr("With --fix: commit the fixes with git on the branch --branch (created from the current commit and "
           "checked out afterwards). The author comes from --author, else user.name/user.email of the "
           "repository's or the global git config. The work tree must have no other changes."));
    const QCommandLineOption branchOption(u"branch"_s, tr("The branch --commit uses (default: arm64-migration)."), tr("NAME"));
    const QCommandLineOption pushOption(u"push"_s,
        tr("With --commit: push the branch to --remote, with the credentials of ssh-agent, the keychain or "
           "ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN; prints the pull/merge request URL for GitHub, GitLab and "
           "Bitbucket."));
    const QCommandLineOption remoteOption(u"remote"_s, tr("The remote --push pushes to (default: origin)."), tr("NAME"));
    const QCommandLineOption authorOption(u"author"_s, tr("The commit author for --commit, as \"Name <email>\"."),
                                          tr("AUTHOR"));
    const QCommandLineOption messageOption(u"message"_s,
        tr("The commit message for --commit (default: a subject and the rule IDs of the fixes)."), tr("TEXT"));
    parser.addOptions({helpOption, versionOption, formatOption, outputOption, failOnOption, fixOption, listRulesOption,
                       explainOption, offlineOption, onlineOption, quietOption, buildLogOption, insecureRegistryOption,
                       pypiUrlOption, goDlUrlOption, keepCloneOption, commitOption, branchOption, pushOption,
                       remoteOption, authorOption, messageOption});
    parser.addPositionalArgument(u"PATH"_s, tr("Folder or Dockerfile to scan; several may be given."), u"PATH…"_s);

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet(helpOption)) {
        action = Action::Help;
        helpText = parser.helpText();
        return true;
    }
    if (parser.isSet(versionOption)) {
        action = Action::Version;
        return true;
    }

    format = parser.value(formatOption).trimmed().toLower();
    if (format == u"md"_s)
        format = u"markdown"_s;
    if (!ReportWriter::formats().contains(format)) {
        error = tr("unknown format '%1'; use one of %2").arg(parser.value(formatOption), ReportWriter::formats().join(u", "_s));
        return false;
    }
    const QString failOnValue = parser.value(failOnOption).trimmed().toLower();
    Severity threshold = Severity::Error;
    if (failOnValue == u"never"_s) {
        failOn.reset();
    } else if (severityFromName(failOnValue, &threshold)) {
        failOn = threshold;
    } else {
        error = tr("unknown --fail-on value '%1'; use error, warning, info or never").arg(parser.value(failOnOption));
        return false;
    }
    outputFile = parser.value(outputOption);
    if (parser.isSet(outputOption) && outputFile.isEmpty()) {
        error = tr("--output needs a file name");
        return false;
    }
    fix = parser.isSet(fixOption);
    // --offline forces offline (DESIGN.md), also when a wrapper script adds --online.
    online = parser.isSet(onlineOption) && !parser.isSet(offlineOption);
    insecureRegistries = parser.values(insecureRegistryOption);
    pypiUrl = parser.value(pypiUrlOption);
    goDlUrl = parser.value(goDlUrlOption);
    keepClone = parser.value(keepCloneOption);
    quiet = parser.isSet(quietOption);
    paths = parser.positionalArguments();
    buildLog = parser.value(buildLogOption);
    commit = parser.isSet(commitOption);
    push = parser.isSet(pushOption);
    branch = parser.value(branchOption).trimmed();
    remote = parser.value(remoteOption).trimmed();
    author = parser.value(authorOption).trimmed();
    message = parser.value(messageOption);

    if (!validateCommitOptions(parser.isSet(branchOption), parser.isSet(remoteOption), parser.isSet(authorOption),
                               parser.isSet(messageOption)))
        return false;

    if (parser.isSet(buildLogOption)) {
        if (buildLog.isEmpty()) {
            error = tr("--build-log needs a file name (or '-' for standard input)");
            return false;
        }
        if (paths.size() > 1) {
            error = tr("--build-log takes at most one PATH: the Dockerfile or the folder the build used");
            return false;
        }
        if (fix) {
            error = tr("--build-log cannot be combined with --fix; apply the fixes with a scan of PATH");
            return false;
        }
        return true;
    }
    if (commit && paths.size() > 1) {
        error = tr("--commit takes one PATH: the repository (or a folder in it) to fix and commit");
        return false;
    }
    if (parser.isSet(listRulesOption)) {
        action = Action::ListRules;
    } else if (parser.isSet(explainOption)) {
        action = Action::Explain;
        explainId = parser.value(explainOption).trimmed().toUpper();
    } else if (paths.isEmpty()) {
        error = tr("no PATH given; name the folder or Dockerfile to scan, e.g. 'armlift-scan .'");
        return false;
    }
    return true;
}

bool ScanOptions::validateCommitOptions(bool branchSet, bool remoteSet, bool authorSet, bool messageSet)
{
    // Each option names what it needs, so a CI script gets told what is missing.
    if (commit && !fix) {
        error = tr("--commit needs --fix: it commits the fixes that --fix applies");
        return false;
    }
    if (push && !commit) {
        error = tr("--push needs --commit (and --fix): it pushes the branch with the fixes");
        return false;
    }
    const std::pair<bool, QString> needCommit[] = {{branchSet, u"--branch"_s}, {authorSet, u"--author"_s},
                                                   {messageSet, u"--message"_s}};
    for (const auto &[set, name] : needCommit) {
        if (set && !commit) {
            error = tr("%1 is only used with --fix --commit").arg(name);
            return false;
        }
    }
    if (remoteSet && !push) {
        error = tr("--remote is only used with --fix --commit --push");
        return false;
    }
    if (branchSet && !Git::MigrationBranch::isValidName(branch)) {
        error = tr("--branch '%1' is not a valid git branch name").arg(branch);
        return false;
    }
    if (authorSet && !Git::Author::parse(author)) {
        error = tr("--author '%1' is not in the form \"Name <email>\"").arg(author);
        return false;
    }
    if (messageSet && message.trimmed().isEmpty()) {
        error = tr("--message needs a text");
        return false;
    }
    if (remoteSet && remote.isEmpty()) {
        error = tr("--remote needs the name of a remote, e.g. origin");
        return false;
    }
    return true;
}

} // namespace Armlift
