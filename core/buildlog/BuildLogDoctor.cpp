#include "buildlog/BuildLogDoctor.h"

#include "buildlog/BuildLogLocator.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Where a hit points: a Dockerfile instruction, a Dockerfile line only (an excerpt of a file
// that is not at hand), or nothing (the log line is used).
struct Location
{
    int file = -1;          // index into BuildLogProject::files()
    int instruction = -1;
    QString path;           // a file named by an excerpt but not found in the project
    int line = 0;
};

bool isPlatformRule(const QString &rule)
{
    return rule == u"ARM101"_s || rule == u"ARM102"_s || rule == u"ARM103"_s;
}

QString fill(QString text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"%\\{(\\w+)\\}"_s);
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches))
        text.replace(m.capturedStart(), m.capturedLength(), values.value(m.captured(1)));
    return text;
}

// Packages a `pip install` in the failing command names (options and their values skipped).
QStringList pipPackages(const QString &command)
{
    static const QRegularExpression pip(u"\\bpip(?:3(?:\\.\\d+)?)?\\s+install\\s+([^&;|]*)"_s);
    static const QRegularExpression spec(u"^([A-Za-z0-9][A-Za-z0-9._-]*)"_s);
    static const QSet<QString> withValue{u"-r"_s, u"-c"_s, u"-i"_s, u"-e"_s, u"-t"_s, u"--index-url"_s,
                                         u"--extra-index-url"_s, u"--requirement"_s, u"--constraint"_s,
                                         u"--target"_s, u"--prefix"_s, u"--root"_s, u"-f"_s, u"--find-links"_s,
                                         u"--no-binary"_s, u"--only-binary"_s};
    QStringList out;
    QRegularExpressionMatchIterator it = pip.globalMatch(command);
    while (it.hasNext()) {
        const QStringList words = it.next().captured(1).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString w = words.at(i);
            w.remove(u'"').remove(u'\'');
            if (w.startsWith(u'-')) {
                if (withValue.contains(w))
                    ++i;
                continue;
            }
            const QRegularExpressionMatch m = spec.match(w);
            if (m.hasMatch())
                out.append(BuildLogSignatures::normalizePackage(m.captured(1)));
        }
    }
    return out;
}

QStringList importedModules(const QString &text)
{
    static const QRegularExpression import(u"(?:^|[\\s;'\"(])(?:import|from)\\s+([A-Za-z_][\\w.]*)"_s);
    QStringList out;
    QRegularExpressionMatchIterator it = import.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// The version pip was working on for `package` in the step: `Collecting numpy==1.18.5`,
// `Downloading numpy-1.18.5.zip`.
QString versionIn(const BuildLog &log, int stepIndex, const QString &package)
{
    if (package.isEmpty())
        return {};
    const QString name = QRegularExpression::escape(package).replace(u"\\-"_s, u"[-_.]"_s);
    const QRegularExpression collecting(u"Collecting "_s + name + u"==([\\w.+!]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression downloading(u"Downloading (?:\\S*/)?"_s + name + u"-(\\d[\\w.+!]*?)\\.(?:tar\\.gz|zip|tar\\.bz2)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    for (const BuildLogLine &l : log.lines()) {
        if (l.excerpt || (stepIndex >= 0 && l.step != stepIndex))
            continue;
        for (const QRegularExpression *rx : {&collecting, &downloading}) {
            const QRegularExpressionMatch m = rx->match(l.text);
            if (m.hasMatch())
                return m.captured(1);
        }
    }
    return {};
}

QString elided(const QString &text)
{
    const QString t = text.simplified();
    return t.size() > 160 ? t.left(157) + u"..."_s : t;
}

} // namespace

ScanResult BuildLogDiagnosis::toScanResult() const
{
    ScanResult r;
    r.root = root;
    r.errors = errors;
    r.findings = findings;
    for (const Finding &f : findings) {
        const bool known = std::any_of(r.files.cbegin(), r.files.cend(), [&](const ScannedFile &s) { return s.path == f.file; });
        if (!known)
            r.files.append({f.file, dockerfiles.contains(f.file) ? u"dockerfile"_s : u"build-log"_s});
    }
    return r;
}

BuildLogDoctor::BuildLogDoctor(const RuleRegistry &rules)
    : m_rules(rules)
    , m_signatures(BuildLogSignatures::fromKnowledgeBase(rules.knowledgeBase()))
{
}

BuildLogDoctor::BuildLogDoctor()
    : BuildLogDoctor(RuleRegistry::bundled())
{
}

namespace {

// Where a hit points: the excerpt's line, or the failing step (or the command of the final
// error) found in the Dockerfiles; for base-image signatures the stage's FROM line.
Location locate(const BuildLog &log, const BuildLogProject &project, const BuildLogSignature &sig,
                const BuildLogHit &hit, int stepIndex)
{
    const BuildLogStep *step = stepIndex >= 0 ? &log.steps().at(stepIndex) : nullptr;
    Location loc;
    if (step && step->dockerfileLine > 0) {
        loc.file = project.fileNamed(step->dockerfile);
        loc.line = step->dockerfileLine;
        if (loc.file >= 0)
            loc.instruction = BuildLogLocate::instructionAtLine(project.files().at(loc.file).dockerfile, loc.line);
        else
            loc.path = step->dockerfile;
    }
    for (qsizetype f = 0; f < project.files().size() && loc.instruction < 0 && loc.path.isEmpty(); ++f) {
        const Dockerfile &df = project.files().at(f).dockerfile;
        int index = -1;
        if (step && !step->keyword.isEmpty())
            index = BuildLogLocate::instruction(df, step->keyword, step->command, step->stage);
        if (index < 0 && !log.failedCommand().isEmpty() && (!step || stepIndex == log.failedStep()))
            index = BuildLogLocate::instruction(df, u"RUN"_s, log.failedCommand());
        // Classic and buildah number every instruction: a last resort with a single file.
        if (index < 0 && step && step->number > 0 && project.files().size() == 1
            && (log.format() == BuildLog::Format::Classic || log.format() == BuildLog::Format::Buildah)
            && step->number <= df.instructions().size() && df.instructions().at(step->number - 1).keyword == step->keyword)
            index = step->number - 1;
        if (index >= 0) {
            loc.file = int(f);
            loc.instruction = index;
        }
    }
    if (!sig.locateFrom)
        return loc;
    for (qsizetype f = 0; f < project.files().size(); ++f) {
        if (loc.file >= 0 && loc.file != f)
            continue;
        const Dockerfile &df = project.files().at(f).dockerfile;
        int from = loc.instruction >= 0 ? BuildLogLocate::fromOf(df, loc.instruction) : -1;
        if (from < 0 && hit.captures.contains(u"image"_s))
            from = BuildLogLocate::fromForImage(df, hit.captures.value(u"image"_s));
        if (from < 0 && step && step->keyword == u"FROM"_s)
            from = BuildLogLocate::fromForImage(df, step->command.section(u' ', 0, 0));
        if (from < 0 && step && step->command.startsWith(u"load metadata for "_s))
            from = BuildLogLocate::fromForImage(df, step->command.mid(18));
        if (from < 0 && project.files().size() == 1 && df.stages().size() == 1)
            from = df.stages().first().fromInstruction;
        if (from >= 0) {
            loc.file = int(f);
            loc.instruction = from;
            break;
        }
    }
    return loc;
}

// What the hints read: the failing command, its Dockerfile text and the step's output.
QString contextText(const BuildLog &log, const BuildLogProject &project, const Location &loc, int stepIndex)
{
    const BuildLogStep *step = stepIndex >= 0 ? &log.steps().at(stepIndex) : nullptr;
    QString context = step ? step->keyword + u' ' + step->command : log.failedCommand();
    if (loc.file >= 0 && loc.instruction >= 0)
        context += u'\n' + BuildLogLocate::instructionText(project.files().at(loc.file).dockerfile, loc.instruction);
    for (const BuildLogLine &l : log.lines()) {
        if (!l.excerpt && (stepIndex < 0 || l.step == stepIndex))
            context += u'\n' + l.text;
    }
    return context;
}

struct RuleChoice
{
    QStringList candidates;
    QString fallback;
    QString package;
};

RuleChoice chooseRules(const BuildLogSignatures &signatures, const BuildLogSignature &sig, const BuildLogHit &hit,
                       const BuildLog &log, const QString &lineText, const QString &context, const QString &command)
{
    RuleChoice choice;
    choice.fallback = sig.fallback;
    if (sig.byPackage) {
        QStringList packages;
        if (hit.captures.contains(u"package"_s))
            packages.append(BuildLogSignatures::normalizePackage(hit.captures.value(u"package"_s)));
        if (sig.packageFromImport) {
            for (const QString &module : importedModules(context))
                packages.append(signatures.packageOfModule(module));
            if (hit.captures.contains(u"module"_s))
                packages.append(signatures.packageOfModule(hit.captures.value(u"module"_s)));
        }
        packages += signatures.packagesAround(log, hit.line);
        packages += pipPackages(command);
        packages.removeDuplicates();
        // A package with its own rule explains the failure better than the general ARM301.
        for (const QString &p : std::as_const(packages)) {
            if (signatures.ruleForPackage(p) != u"ARM301"_s) {
                choice.package = p;
                break;
            }
        }
        if (choice.package.isEmpty() && !packages.isEmpty())
            choice.package = packages.first();
        if (!choice.package.isEmpty())
            choice.fallback = signatures.ruleForPackage(choice.package);
        choice.candidates = {choice.fallback};
        return choice;
    }
    // The matched line decides first (it names the program that failed), then the context.
    for (const QString &scope : {lineText, context}) {
        for (const BuildLogHint &hint : sig.hints) {
            if (hint.match.match(scope).hasMatch()) {
                choice.candidates = hint.rules;
                choice.fallback = hint.rules.value(0, choice.fallback);
                return choice;
            }
        }
    }
    choice.candidates = sig.rules;
    return choice;
}

// The Dockerfile's own finding for one of the candidate rules: in the failing instruction
// (the stage's FROM for platform rules) first, then anywhere in its stage, or in a
// requirements file when it is about the log's package.
const Finding *ruleFindingFor(const BuildLogProject &project, const Location &loc, const RuleChoice &choice)
{
    if (loc.file < 0)
        return nullptr;
    const BuildLogProject::File &file = project.files().at(loc.file);
    const Dockerfile &df = file.dockerfile;
    const QList<Finding> &lint = project.lint(loc.file);
    const int stage = loc.instruction >= 0 ? df.instructions().at(loc.instruction).stage : -1;
    auto findingIn = [&](const QString &rule, int scope) -> const Finding * {
        for (const Finding &f : lint) {
            if (f.ruleId != rule)
                continue;
            if (f.file != file.path) {
                if (scope == 1 && !choice.package.isEmpty()
                    && BuildLogSignatures::normalizePackage(f.message).contains(choice.package))
                    return &f;
                continue;
            }
            const int at = BuildLogLocate::instructionAtLine(df, f.range.line);
            if (scope == 0) {
                const int target = isPlatformRule(rule) ? BuildLogLocate::fromOf(df, loc.instruction) : loc.instruction;
                if (at >= 0 && at == target)
                    return &f;
            } else if (at >= 0 && (stage < 0 || df.instructions().at(at).stage == stage)) {
                return &f;
            }
        }
        return nullptr;
    };
    for (int scope = 0; scope < 2; ++scope) {
        for (const QString &rule : choice.candidates) {
            if (const Finding *f = findingIn(rule, scope))
                return f;
        }
    }
    return nullptr;
}

// An exec format error in a `FROM scratch` stage. Scratch is empty and has no platform, so
// blaming its FROM (ARM101/ARM102) is wrong: the program that failed is a file COPYed (or
// ADDed) into the stage, built or downloaded for x86-64. The copy, or the stage it came from,
// is the cause.
struct ScratchCopy
{
    int copy = -1;       // the COPY/ADD that brings the program in
    int fromStage = -1;  // its --from stage; -1 for the build context or an image
    QString program;     // the path that failed ("/server"); may be empty
    QString sources;     // what the COPY copies, as written ("bin/server")
};

bool isScratchStage(const Dockerfile &df, int stage)
{
    // FROM scratch AS base … FROM base: follow the chain of stages.
    for (int hops = 0; stage >= 0 && hops < df.stages().size(); ++hops) {
        const Stage &st = df.stages().at(stage);
        if (st.image.trimmed().compare(u"scratch"_s, Qt::CaseInsensitive) == 0)
            return true;
        const int base = df.stageByName(st.image.trimmed());
        stage = base >= 0 && base < stage ? base : -1;
    }
    return false;
}

ScratchCopy scratchCopy(const Dockerfile &df, int failing, const QString &lineText)
{
    ScratchCopy out;
    const Instruction &ins = df.instructions().at(failing);
    if (ins.stage < 0 || !isScratchStage(df, ins.stage))
        return out;
    static const QRegularExpression execPath(u"exec (/\\S+?):? exec format error"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = execPath.match(lineText);
    if (m.hasMatch())
        out.program = m.captured(1);
    else if (ins.effectiveKeyword() == u"RUN"_s)
        out.program = ins.argumentWords().value(0);
    const QString programName = out.program.section(u'/', -1);
    int last = -1;
    int matching = -1;
    for (int i = df.stages().at(ins.stage).fromInstruction + 1; i < failing; ++i) {
        const Instruction &c = df.instructions().at(i);
        if (c.keyword != u"COPY"_s && c.keyword != u"ADD"_s)
            continue;
        const QStringList words = c.argumentWords();
        if (words.size() < 2)
            continue;
        last = i;
        const QString dest = words.last();
        for (qsizetype w = 0; w + 1 < words.size(); ++w) {
            const QString name = words.at(w).section(u'/', -1, -1, QString::SectionSkipEmpty);
            if (!out.program.isEmpty()
                && (dest == out.program || (dest.endsWith(u'/') && dest + name == out.program)
                    || (dest.endsWith(u'/') && name == programName && out.program.startsWith(dest))))
                matching = i;
        }
    }
    out.copy = matching >= 0 ? matching : last;
    if (out.copy < 0)
        return out;
    const Instruction &copy = df.instructions().at(out.copy);
    if (const InstructionFlag *from = copy.flag(u"from"))
        out.fromStage = df.stageByName(from->value);
    QStringList sources = copy.argumentWords();
    sources.removeLast();
    out.sources = sources.join(u' ');
    return out;
}

} // namespace

BuildLogDiagnosis BuildLogDoctor::diagnose(const QString &logText, const QString &logName, const QString &root,
                                           const QHash<QString, QString> &overrides) const
{
    const BuildLog log = BuildLog::parse(logText);
    const BuildLogProject project(m_rules, root, overrides);
    BuildLogDiagnosis diagnosis;
    diagnosis.root = project.root();
    diagnosis.errors = project.errors();
    diagnosis.format = log.format();
    for (const BuildLogProject::File &f : project.files())
        diagnosis.dockerfiles.append(f.path);

    // Specific signatures first: where two explain the same line, the earlier one stays.
    QList<BuildLogHit> hits = m_signatures.match(log);
    std::stable_sort(hits.begin(), hits.end(), [](const BuildLogHit &a, const BuildLogHit &b) { return a.signature < b.signature; });

    QSet<QString> seen;
    QSet<QString> explainedLines;
    for (const BuildLogHit &hit : std::as_const(hits)) {
        const BuildLogSignature &sig = m_signatures.signatures().at(hit.signature);
        const BuildLogLine &line = log.lines().at(hit.line);
        const int stepIndex = line.step >= 0 ? line.step : log.failedStep();
        const QString command = stepIndex >= 0 ? log.steps().at(stepIndex).command : log.failedCommand();

        const Location loc = locate(log, project, sig, hit, stepIndex);
        const QString context = contextText(log, project, loc, stepIndex);
        RuleChoice choice = chooseRules(m_signatures, sig, hit, log, line.text, context, command);
        ScratchCopy scratch;
        const bool blamesImage = isPlatformRule(choice.fallback)
            || std::any_of(choice.candidates.cbegin(), choice.candidates.cend(), isPlatformRule);
        if (blamesImage && loc.file >= 0 && loc.instruction >= 0)
            scratch = scratchCopy(project.files().at(loc.file).dockerfile, loc.instruction, line.text);
        const Finding *ruleFinding = nullptr;
        if (scratch.copy >= 0) {
            // What makes a copied program x86-64: its build stage's GOARCH, download or platform.
            choice.candidates = {u"ARM401"_s, u"ARM604"_s, u"ARM202"_s, u"ARM203"_s, u"ARM601"_s, u"ARM201"_s,
                                 u"ARM101"_s, u"ARM102"_s};
            choice.fallback = u"ARM601"_s;
            if (scratch.fromStage >= 0) {
                const Dockerfile &df = project.files().at(loc.file).dockerfile;
                Location from = loc;
                from.instruction = df.stages().at(scratch.fromStage).lastInstruction;
                ruleFinding = ruleFindingFor(project, from, choice);
            }
        } else {
            ruleFinding = ruleFindingFor(project, loc, choice);
        }

        QHash<QString, QString> values = sig.defaults;
        for (auto it = hit.captures.begin(); it != hit.captures.end(); ++it)
            values.insert(it.key(), it.value());
        if (!choice.package.isEmpty())
            values.insert(u"package"_s, choice.package);
        QString version = hit.captures.value(u"version"_s);
        if (version.isEmpty() && sig.byPackage)
            version = versionIn(log, stepIndex, choice.package);
        values.insert(u"spec"_s, values.value(u"package"_s) + (version.isEmpty() ? QString() : u"=="_s + version));

        Finding finding;
        finding.ruleId = ruleFinding ? ruleFinding->ruleId : choice.fallback;
        finding.source = u"build-log"_s;
        if (ruleFinding) {
            finding.file = ruleFinding->file;
            finding.range = ruleFinding->range;
            finding.fixes = ruleFinding->fixes;
        } else if (scratch.copy >= 0) {
            finding.file = project.files().at(loc.file).path;
            finding.range = BuildLogLocate::firstLine(project.files().at(loc.file).dockerfile, scratch.copy);
        } else if (loc.file >= 0 && loc.instruction >= 0) {
            const Dockerfile &df = project.files().at(loc.file).dockerfile;
            int at = loc.instruction;
            if (isPlatformRule(finding.ruleId) && BuildLogLocate::fromOf(df, at) >= 0)
                at = BuildLogLocate::fromOf(df, at); // the image is the cause, not the RUN that failed
            finding.file = project.files().at(loc.file).path;
            finding.range = BuildLogLocate::firstLine(df, at);
        } else if (loc.line > 0) {
            finding.file = loc.path.isEmpty() ? project.files().at(loc.file).path : QDir::cleanPath(loc.path);
            finding.range = {loc.line, 1, loc.line, 1};
        } else {
            finding.file = logName;
            finding.range = {line.number, 1, line.number, int(line.text.size()) + 1};
        }
        const Rule *rule = m_rules.rule(finding.ruleId);
        finding.severity = rule ? rule->info().severity : Severity::Error;
        finding.message = fill(sig.message, values) + u' '
            + tr("(build log line %1: %2)").arg(QString::number(line.number), elided(line.text));
        finding.help = fill(sig.help, values);
        if (scratch.copy >= 0) {
            const Dockerfile &df = project.files().at(loc.file).dockerfile;
            const QString program = scratch.program.isEmpty() ? tr("the program") : scratch.program;
            QString cause;
            if (scratch.fromStage >= 0) {
                const Stage &st = df.stages().at(scratch.fromStage);
                cause = tr("exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is "
                           "copied from stage %2, which builds it for x86-64 (amd64).")
                            .arg(program, st.name.isEmpty() ? QString::number(st.index) : st.name);
            } else {
                cause = tr("exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is "
                           "copied in from %2, an x86-64 (amd64) build.")
                            .arg(program, scratch.sources);
            }
            finding.message = cause + u' '
                + tr("(build log line %1: %2)").arg(QString::number(line.number), elided(line.text));
            finding.help = tr("A scratch image holds only the files copied into it, so the base image is not the "
                              "problem. Build %1 for the target architecture (GOARCH=$TARGETARCH with ARG TARGETARCH, "
                              "the arm64 download), or copy the arm64 build.")
                               .arg(program);
        }
        if (ruleFinding)
            finding.help += u' ' + tr("In this Dockerfile: %1").arg(ruleFinding->message);

        // In the log itself, one failing step is one problem however many lines report it.
        const QString where = finding.file == logName && stepIndex >= 0
            ? QString(finding.file + u"#step"_s + QString::number(stepIndex))
            : QString(finding.file + u':' + QString::number(finding.range.line));
        if (seen.contains(finding.ruleId + u'|' + where) || (sig.generic && explainedLines.contains(where)))
            continue;
        seen.insert(finding.ruleId + u'|' + where);
        explainedLines.insert(where);
        diagnosis.findings.append(finding);
        diagnosis.signatures.append(sig.id);
    }
    QList<qsizetype> order(diagnosis.findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Finding &fa = diagnosis.findings.at(a);
        const Finding &fb = diagnosis.findings.at(b);
        if (fa.file != fb.file)
            return fa.file < fb.file;
        return fa.range < fb.range;
    });
    QList<Finding> sorted;
    QStringList sortedIds;
    for (qsizetype i : std::as_const(order)) {
        sorted.append(diagnosis.findings.at(i));
        sortedIds.append(diagnosis.signatures.at(i));
    }
    diagnosis.findings = sorted;
    diagnosis.signatures = sortedIds;
    if (diagnosis.findings.isEmpty())
        diagnosis.lastErrorLines = log.lastErrorLines(5);
    return diagnosis;
}

} // namespace Armlift
