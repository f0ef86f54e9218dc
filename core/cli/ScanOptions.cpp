#include "cli/ScanOptions.h"

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
           "an unreadable scan root.\n"
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
    parser.addOptions({helpOption, versionOption, formatOption, outputOption, failOnOption, fixOption, listRulesOption,
                       explainOption, offlineOption, onlineOption, quietOption, buildLogOption, insecureRegistryOption,
                       pypiUrlOption, goDlUrlOption, keepCloneOption});
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
    if (format == u"md")
        format = u"markdown"_s;
    if (!ReportWriter::formats().contains(format)) {
        error = tr("unknown format '%1'; use one of %2").arg(parser.value(formatOption), ReportWriter::formats().join(u", "_s));
        return false;
    }
    const QString failOnValue = parser.value(failOnOption).trimmed().toLower();
    Severity threshold = Severity::Error;
    if (failOnValue == u"never") {
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

} // namespace Armlift
