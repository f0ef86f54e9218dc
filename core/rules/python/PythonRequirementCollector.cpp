#include "rules/python/PythonRequirementCollector.h"

#include "manifest/RequirementSpans.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// pip options that take a value as the next word (or after '=').
bool optionTakesValue(const QString &opt)
{
    static const QSet<QString> withValue = {
        u"-r"_s, u"--requirement"_s, u"-c"_s, u"--constraint"_s, u"-e"_s, u"--editable"_s,
        u"-i"_s, u"--index-url"_s, u"--extra-index-url"_s, u"-f"_s, u"--find-links"_s,
        u"-t"_s, u"--target"_s, u"--prefix"_s, u"--root"_s, u"--platform"_s,
        u"--python-version"_s, u"--implementation"_s, u"--abi"_s, u"--no-binary"_s,
        u"--only-binary"_s, u"--src"_s, u"--upgrade-strategy"_s, u"--progress-bar"_s,
        u"--log"_s, u"--cache-dir"_s, u"--trusted-host"_s, u"--proxy"_s, u"--timeout"_s,
        u"--retries"_s, u"--global-option"_s, u"--config-settings"_s, u"-C"_s,
        u"--install-option"_s, u"--report"_s, u"--python"_s, u"-p"_s};
    return withValue.contains(opt);
}

// `prefix`, `prefix3` or `prefix3.11` (what ^prefix(\d+(\.\d+)?)?$ matches), without a regex:
// this is asked of every command of every RUN.
bool isVersionedName(QStringView name, QLatin1StringView prefix)
{
    if (!name.startsWith(prefix))
        return false;
    const QStringView rest = name.mid(prefix.size());
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype from = i;
        while (i < rest.size() && rest.at(i).unicode() >= u'0' && rest.at(i).unicode() <= u'9')
            ++i;
        return i > from;
    };
    if (rest.isEmpty())
        return true;
    if (!digits())
        return false;
    if (i < rest.size() && rest.at(i) == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == rest.size();
}

} // namespace

bool isPipName(QStringView name)
{
    return isVersionedName(name, QLatin1StringView("pip"));
}

bool isPythonName(QStringView name)
{
    return isVersionedName(name, QLatin1StringView("python"));
}

namespace {

// Index of the first argument after `install`, or -1 when the command is not a pip install.
int pipInstallArguments(const ShellCommand &c)
{
    const int n = c.nameIndex();
    if (n < 0)
        return -1;
    const QStringView name = c.nameView();
    int i = n + 1;
    if (isPythonName(name)) {
        // python3 -m pip install …; interpreter flags (-u, -I) may come first.
        while (i < c.words.size() && c.words.at(i).value.startsWith(u'-') && c.words.at(i).value != u"-m"_s
               && c.words.at(i).value != u"-mpip"_s)
            ++i;
        if (i < c.words.size() && c.words.at(i).value == u"-mpip"_s)
            ++i;
        else if (i + 1 < c.words.size() && c.words.at(i).value == u"-m"_s && c.words.at(i + 1).value == u"pip"_s)
            i += 2;
        else
            return -1;
    } else if (name == u"uv"_s) {
        if (i >= c.words.size() || c.words.at(i).value != u"pip"_s)
            return -1;
        ++i;
    } else if (!isPipName(name)) {
        return -1;
    }
    // Global options before the subcommand (pip --no-cache-dir install …).
    while (i < c.words.size() && c.words.at(i).value.startsWith(u'-'))
        ++i;
    if (i >= c.words.size() || c.words.at(i).value != u"install"_s)
        return -1;
    return i + 1;
}

// A marker that keeps the requirement off aarch64 (platform_machine == "x86_64" …).
bool markerExcludesArm64(const QString &marker)
{
    // Every alternative names a platform_* or sys_platform variable; most requirements have
    // no marker at all, so skip the regex for them.
    if (!marker.contains(u"platform"))
        return false;
    static const QRegularExpression onlyX86(QStringLiteral(
        "platform_machine\\s*==\\s*['\"](x86_64|amd64|AMD64|i686|x86)['\"]|"
        "platform_machine\\s*!=\\s*['\"](aarch64|arm64)['\"]|"
        "sys_platform\\s*==\\s*['\"](win32|darwin|cygwin)['\"]|platform_system\\s*==\\s*['\"](Windows|Darwin)['\"]"));
    return onlyX86.match(marker).hasMatch();
}

struct PipCommand
{
    QStringList requirementFiles;
    QSet<QString> noBinary;
    bool noBinaryAll = false;
    bool otherPlatform = false;
    QList<int> requirementWords;
};

PipCommand readPipCommand(const ShellCommand &c, int first)
{
    PipCommand pip;
    for (int i = first; i < c.words.size(); ++i) {
        const QString &w = c.words.at(i).value;
        if (!w.startsWith(u'-') || w == u"-"_s) {
            pip.requirementWords.append(i);
            continue;
        }
        QString opt = w;
        QString value;
        bool hasValue = false;
        const int eq = int(w.indexOf(u'='));
        if (w.startsWith(u"--") && eq > 0) {
            opt = w.left(eq);
            value = w.mid(eq + 1);
            hasValue = true;
        } else if (!w.startsWith(u"--") && w.size() > 2 && (w.at(1) == u'r' || w.at(1) == u'c')) {
            opt = w.left(2); // -rrequirements.txt
            value = w.mid(2);
            hasValue = true;
        }
        if (!optionTakesValue(opt))
            continue;
        if (!hasValue && i + 1 < c.words.size()) {
            value = c.words.at(++i).value;
            hasValue = true;
        }
        if (opt == u"-r"_s || opt == u"--requirement"_s || opt == u"-c"_s || opt == u"--constraint"_s) {
            pip.requirementFiles.append(value);
        } else if (opt == u"--no-binary"_s) {
            for (const QString &p : value.split(u',', Qt::SkipEmptyParts)) {
                if (p == u":all:"_s)
                    pip.noBinaryAll = true;
                else if (p == u":none:"_s)
                    pip.noBinary.clear(), pip.noBinaryAll = false;
                else
                    pip.noBinary.insert(normalizePackageName(p));
            }
        } else if (opt == u"--platform"_s) {
            pip.otherPlatform = !value.contains(u"aarch64") && !value.contains(u"arm64");
        }
    }
    return pip;
}

QList<WrittenClause> clausesInFile(const RequirementsFile &file, const Requirement &req)
{
    QList<WrittenClause> out;
    if (!req.versionRange.isValid())
        return out;
    const TextDocument &doc = file.document;
    const int start = doc.offsetOf(req.versionRange.line, req.versionRange.column);
    const int end = doc.offsetOf(req.versionRange.endLine, req.versionRange.endColumn);
    const QStringView text = QStringView(doc.text()).mid(start, end - start);
    if (text.contains(u'\n') || text.contains(u'\r')) {
        for (const VersionClause &c : req.clauses)
            out.append({c.op, c.version, req.versionRange, req.versionRange});
        return out;
    }
    for (const ClauseSpan &c : parseClauses(text))
        out.append({c.op, c.version, doc.rangeOf(start + c.opStart, start + c.versionEnd),
                    doc.rangeOf(start + c.versionStart, start + c.versionEnd)});
    return out;
}

void collectFile(const RuleContext &ctx, const QString &path, const PythonRequirement &base, QSet<QString> &seen,
                 QList<PythonRequirement> &out)
{
    if (seen.contains(path) || seen.size() > 64)
        return;
    seen.insert(path);
    const RequirementsFile *file = ctx.project.requirements(path);
    if (!file)
        return;
    // `--no-binary name` lines: the file builds those packages from source on purpose.
    static const QRegularExpression noBinaryLine(QStringLiteral("^[ \\t]*--no-binary[ \\t=]+(\\S+)"),
                                                 QRegularExpression::MultilineOption);
    QSet<QString> noBinary;
    bool noBinaryAll = false;
    for (auto it = noBinaryLine.globalMatch(file->document.text()); it.hasNext();) {
        for (const QString &p : it.next().captured(1).split(u',', Qt::SkipEmptyParts)) {
            if (p == u":all:"_s)
                noBinaryAll = true;
            noBinary.insert(normalizePackageName(p));
        }
    }
    for (const Requirement &req : file->requirements) {
        if (markerExcludesArm64(req.marker))
            continue;
        PythonRequirement r = base;
        r.requirement = req;
        r.file = file->path;
        r.inDockerfile = false;
        r.nameRange = req.range;
        r.nameRange.endLine = req.range.line;
        r.nameRange.endColumn = req.range.column + int(req.name.size());
        r.specifierRange = req.versionRange;
        r.clauses = clausesInFile(*file, req);
        r.noBinary = base.noBinary || noBinaryAll || noBinary.contains(req.normalizedName);
        out.append(std::move(r));
    }
    for (const QString &include : file->includes)
        collectFile(ctx, include, base, seen, out);
}

} // namespace

const WrittenClause *PythonRequirement::blockingClause(const QString &goodVersion) const
{
    for (const WrittenClause &c : clauses) {
        if (!VersionClause{c.op, c.version}.allowsVersionAtLeast(goodVersion))
            return &c;
    }
    return nullptr;
}

QList<PythonRequirement> PythonRequirementCollector::collect(const RuleContext &ctx)
{
    // Six rules ask for the same list: gather it once per check.
    static const char key = 0;
    auto &cached = ctx.derived.slot<std::optional<QList<PythonRequirement>>>(&key);
    if (!cached)
        cached = gather(ctx);
    return *cached;
}

QList<PythonRequirement> PythonRequirementCollector::gather(const RuleContext &ctx)
{
    QList<PythonRequirement> out;
    const Dockerfile &df = ctx.dockerfile;
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (int ci = 0; ci < src.commands.size(); ++ci) {
            const ShellCommand &cmd = src.commands.at(ci);
            if (cmd.archConditional)
                continue;
            const int first = pipInstallArguments(cmd);
            if (first < 0)
                continue;
            const PipCommand pip = readPipCommand(cmd, first);
            if (pip.otherPlatform)
                continue;
            PythonRequirement base;
            base.file = ctx.file;
            base.instruction = src.instruction;
            base.stage = df.instructions().at(src.instruction).stage;
            base.source = s;
            base.command = ci;
            int count = 0;
            for (int wi : pip.requirementWords) {
                const ShellWord &w = cmd.words.at(wi);
                if (w.value.contains(u'$'))
                    continue;
                Requirement req;
                RequirementSpans sp;
                if (!parseRequirementSpans(w.value, &req, &sp) || markerExcludesArm64(req.marker))
                    continue;
                ++count;
                PythonRequirement r = base;
                r.requirement = std::move(req);
                r.word = wi;
                // One map for the name, the specifier and every clause of the word.
                const WordMap map(src.text.text(), w);
                auto partRange = [&](int start, int end) {
                    return map.isValid() ? rangeIn(df, src.text, map.textIndex(start), map.textEnd(end))
                                         : rangeOf(df, src, w);
                };
                r.nameRange = partRange(sp.nameStart, sp.nameEnd);
                if (sp.specifierStart >= 0)
                    r.specifierRange = partRange(sp.specifierStart, sp.specifierEnd);
                r.clauses.reserve(sp.clauses.size());
                for (const ClauseSpan &c : std::as_const(sp.clauses))
                    r.clauses.append({c.op, c.version, partRange(c.opStart, c.versionEnd),
                                      partRange(c.versionStart, c.versionEnd)});
                r.noBinary = pip.noBinaryAll || pip.noBinary.contains(r.requirement.normalizedName);
                out.append(std::move(r));
            }
            for (qsizetype k = out.size() - count; k < out.size(); ++k)
                out[k].requirementsInCommand = count;
            for (const QString &reqFile : pip.requirementFiles) {
                const QString path = contextPathOf(ctx, src, ci, reqFile);
                if (path.isEmpty())
                    continue;
                PythonRequirement fileBase = base;
                fileBase.noBinary = pip.noBinaryAll;
                QSet<QString> seen;
                const qsizetype before = out.size();
                collectFile(ctx, path, fileBase, seen, out);
                for (qsizetype k = before; k < out.size(); ++k) {
                    if (pip.noBinary.contains(out.at(k).requirement.normalizedName))
                        out[k].noBinary = true;
                }
            }
        }
    }
    return out;
}

} // namespace Armlift
