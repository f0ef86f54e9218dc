#include "rules/downloads/X86OnlyArtifactRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/downloads/ShellEdits.h"
#include "rules/platform/StageUse.h"

#include <QJsonArray>

namespace Armlift {

using namespace Qt::StringLiterals;

using namespace Internal;

X86OnlyArtifactRule::X86OnlyArtifactRule(const KnowledgeBase &kb)
{
    const QJsonArray list = kb.section(QStringLiteral("artifacts")).value(u"artifacts").toArray();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        Artifact a;
        a.id = o.value(u"id").toString();
        a.name = o.value(u"name").toString();
        if (o.contains(u"pattern")) {
            a.pattern = QRegularExpression(o.value(u"pattern").toString());
            a.literal = SiteNeedle(requiredLiteral(a.pattern.pattern()));
        }
        if (o.contains(u"aptPackage")) {
            const QString package = o.value(u"aptPackage").toString();
            a.aptPackage = QRegularExpression(QRegularExpression::anchoredPattern(package));
            // Every match of the anchored pattern matches the pattern, so it holds this too.
            a.aptLiteral = requiredLiteral(package);
        }
        a.command = o.value(u"command").toString();
        a.subcommand = o.value(u"subcommand").toString();
        a.why = o.value(u"why").toString();
        a.help = o.value(u"help").toString();
        const QJsonObject r = o.value(u"replacement").toObject();
        const QString kind = r.value(u"kind").toString();
        if (kind == u"debianPackage"_s) {
            a.replacement = Replacement::DebianPackage;
            a.package = r.value(u"package").toString();
        } else if (kind == u"buildPlatformStage"_s) {
            a.replacement = Replacement::BuildPlatformStage;
        }
        m_artifacts.append(a);
    }
}

RuleInfo X86OnlyArtifactRule::info() const
{
    return {QStringLiteral("ARM601"), Severity::Error, tr("x86-only artefact"),
            tr("An artefact that has no arm64 build (Google Chrome's .deb, emsdk's tools, PhantomJS…) is used.")};
}

void X86OnlyArtifactRule::check(const RuleContext &context, QList<Finding> &out) const
{
    for (const Artifact &a : m_artifacts) {
        if (a.pattern.isValid() && !a.pattern.pattern().isEmpty())
            checkFiles(context, a, out);
        if (a.aptPackage.isValid() && !a.aptPackage.pattern().isEmpty())
            checkAptPackages(context, a, out);
        if (!a.command.isEmpty())
            checkCommands(context, a, out);
    }
}

Finding X86OnlyArtifactRule::finding(const RuleContext &context, const Artifact &a, const SourceRange &range) const
{
    // The knowledge base's explanations are looked up in the "knowledge" translation context.
    return makeFinding(info(), context.file, range,
                       tr("%1 has no arm64 build: %2").arg(a.name, QCoreApplication::translate("knowledge", a.why.toUtf8().constData())),
                       QCoreApplication::translate("knowledge", a.help.toUtf8().constData()));
}

static bool ubuntuBased(const Dockerfile &df, int stage)
{
    if (stage < 0)
        return false;
    const QString image = df.expandGlobal(df.stages().at(stage).image).toLower();
    return image.startsWith(u"ubuntu") || image.contains(u"/ubuntu");
}

static bool isAptInstall(const ShellCommand &cmd, int *install)
{
    const QStringView name = cmd.nameView();
    if (name != u"apt-get"_s && name != u"apt"_s && name != u"aptitude"_s)
        return false;
    for (int i = cmd.nameIndex() + 1; i < cmd.words.size(); ++i)
        if (cmd.words.at(i).value == u"install"_s) {
            *install = i;
            return true;
        }
    return false;
}

void X86OnlyArtifactRule::checkFiles(const RuleContext &context, const Artifact &a, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const QList<TextSite> sites = collectSites(context);
    QList<int> stages;
    for (const TextSite &site : sites) {
        if (stages.contains(site.stage) || !site.contains(a.literal))
            continue;
        if (!a.pattern.matchView(site.raw()).hasMatch())
            continue;
        stages.append(site.stage);
        // Every mention in the stage: with a download, an apt install and a cleanup in one RUN,
        // the fix installs the distribution package instead and drops the other two.
        QList<const TextSite *> mentions;
        for (const TextSite &s : sites)
            if (s.stage == site.stage && s.contains(a.literal) && a.pattern.matchView(s.raw()).hasMatch())
                mentions.append(&s);
        const TextSite *primary = &site;
        for (const TextSite *s : mentions)
            if (s->raw().contains(u"://")) {
                primary = s;
                break;
            }
        const SiteMatch m = matchSite(*primary, a.pattern).first();
        Finding f = finding(context, a, rangeIn(df, *primary->text, m.start, m.end));
        if (a.replacement == Replacement::DebianPackage && !ubuntuBased(df, site.stage)) {
            Fix fix;
            fix.title = tr("Install the distribution package %1 instead").arg(a.package);
            bool ok = true;
            int installs = 0;
            for (const TextSite *s : mentions) {
                if (!s->isShell() || s->shell != primary->shell) {
                    ok = false;
                    break;
                }
                const ShellCommand &cmd = s->shell->commands.at(s->command);
                const QString name = cmd.name();
                int install = -1;
                TextEdit e;
                if (isAptInstall(cmd, &install) && s->word > install) {
                    fix.edits.append(siteEdit(df, context.file, *s, s->begin, s->end, a.package));
                    ++installs;
                } else if ((name == u"curl"_s || name == u"wget"_s || name == u"rm"_s)
                           && removeCommandEdit(df, context.file, *s->shell, s->command, &e)) {
                    fix.edits.append(e);
                } else {
                    ok = false;
                    break;
                }
            }
            if (ok && installs == 1) {
                fix.note = tr("The browser binary becomes /usr/bin/%1: update commands that call google-chrome.")
                               .arg(a.package);
                f.fixes.append(fix);
            }
        }
        out.append(f);
    }
}

void X86OnlyArtifactRule::checkAptPackages(const RuleContext &context, const Artifact &a, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    for (const ShellSource &src : context.shell) {
        const int stage = df.instructions().at(src.instruction).stage;
        if (stagePinnedToConstantPlatform(df, stage))
            continue;
        for (const ShellCommand &cmd : src.commands) {
            int install = -1;
            if (cmd.archConditional || !isAptInstall(cmd, &install))
                continue;
            for (int i = install + 1; i < cmd.words.size(); ++i) {
                const ShellWord &w = cmd.words.at(i);
                const QStringView package = aptPackageName(w.value);
                if (!package.contains(a.aptLiteral) || !a.aptPackage.matchView(package).hasMatch())
                    continue;
                Finding f = finding(context, a, rangeIn(df, src.text, w.start, w.end));
                if (a.replacement == Replacement::DebianPackage && !ubuntuBased(df, stage)) {
                    Fix fix;
                    fix.title = tr("Install the distribution package %1 instead").arg(a.package);
                    fix.edits = {replaceIn(df, context.file, src.text, w.start, w.end,
                                           isJsonSource(df, src) ? jsonEscaped(a.package) : a.package)};
                    fix.note = tr("The browser binary becomes /usr/bin/%1, and Google's apt repository is no "
                                  "longer needed.")
                                   .arg(a.package);
                    f.fixes.append(fix);
                }
                out.append(f);
            }
        }
    }
}

void X86OnlyArtifactRule::checkCommands(const RuleContext &context, const Artifact &a, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const auto &ins = df.instructions();
    QList<int> reported;
    for (const ShellSource &src : context.shell) {
        const int stage = ins.at(src.instruction).stage;
        if (stage < 0 || reported.contains(stage) || stagePinnedToConstantPlatform(df, stage))
            continue;
        const Stage &st = df.stages().at(stage);
        if (st.platform.contains(u"BUILDPLATFORM"))
            continue; // already runs on the build machine
        for (const ShellCommand &cmd : src.commands) {
            const int n = cmd.nameIndex();
            if (cmd.archConditional || n < 0)
                continue;
            // `emsdk` or `emsdk.py`, compared in place: this is asked of every command.
            const QStringView name = cmd.nameView();
            if (!name.startsWith(a.command) || (name.size() > a.command.size() && name.sliced(a.command.size()) != u".py"_s))
                continue;
            int sub = -1;
            for (int i = n + 1; i < cmd.words.size(); ++i)
                if (!cmd.words.at(i).value.startsWith(u'-')) {
                    sub = i;
                    break;
                }
            if (sub < 0 || cmd.words.at(sub).value != a.subcommand)
                continue;
            Finding f = finding(context, a, rangeIn(df, src.text, cmd.words.at(n).start, cmd.words.at(sub).end));
            // Only a stage whose files are copied into later stages may run on the build machine:
            // its output (.wasm/.js) does not depend on the CPU. The final image must stay native.
            if (a.replacement == Replacement::BuildPlatformStage && st.platform.isEmpty()
                && isBuildOnlyStage(df, stage)) {
                const int at = fromArgumentsOffset(df, stage);
                Fix fix;
                fix.title = tr("Run this stage on the build machine (--platform=$BUILDPLATFORM)");
                fix.edits = {documentEdit(df, context.file, at, at, QStringLiteral("--platform=$BUILDPLATFORM "))};
                fix.note = tr("The stage then always runs natively on the build machine; this is right because "
                              "only its architecture-independent output is copied into later stages.");
                f.fixes.append(fix);
            }
            out.append(f);
            reported.append(stage);
            break;
        }
    }
}

} // namespace Armlift
