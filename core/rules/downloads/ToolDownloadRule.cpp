#include "rules/downloads/ToolDownloadRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/downloads/GoTarballRule.h"
#include "rules/downloads/ShellEdits.h"

#include <QJsonArray>

namespace Armlift {

using namespace Qt::StringLiterals;

using namespace Internal;

ToolDownloadRule::ToolDownloadRule(const KnowledgeBase &kb)
{
    const QJsonArray tools = kb.section(QStringLiteral("downloads")).value(u"tools").toArray();
    for (const auto &v : tools) {
        const QJsonObject o = v.toObject();
        Tool t;
        t.id = o.value(u"id").toString();
        t.name = o.value(u"name").toString();
        t.pattern = QRegularExpression(o.value(u"pattern").toString());
        t.literal = SiteNeedle(requiredLiteral(t.pattern.pattern()));
        if (o.contains(u"also"))
            t.also = QRegularExpression(o.value(u"also").toString());
        t.arm64 = o.value(u"arm64").toString();
        t.portable = o.value(u"portable").toString();
        t.archVariable = o.value(u"archVariable").toString();
        if (t.archVariable.isEmpty())
            t.archVariable = t.id.toUpper().replace(u'-', u'_') + QStringLiteral("_ARCH");
        if (t.pattern.isValid() && t.pattern.captureCount() >= 1 && !t.arm64.isEmpty())
            m_tools.append(t);
    }
    m_tools.squeeze();
    const QJsonObject generic = kb.section(QStringLiteral("downloads")).value(u"generic").toObject();
    for (const auto &v : generic.value(u"patterns").toArray()) {
        QRegularExpression re(v.toString());
        if (re.isValid() && re.captureCount() >= 1)
            m_generic.append(re);
    }
    m_genericExclude = QRegularExpression(generic.value(u"exclude").toString());
    for (const auto &v : generic.value(u"vendors").toArray()) {
        const QJsonObject o = v.toObject();
        Vendor vendor;
        vendor.name = o.value(u"name").toString();
        vendor.pattern = QRegularExpression(o.value(u"pattern").toString());
        const QJsonObject arm = o.value(u"arm64").toObject();
        for (auto it = arm.begin(); it != arm.end(); ++it)
            vendor.arm64.insert(it.key(), it.value().toString());
        vendor.archVariable = o.value(u"archVariable").toString(QStringLiteral("RELEASE_ARCH"));
        if (vendor.pattern.isValid() && !vendor.arm64.isEmpty())
            m_vendors.append(vendor);
    }
}

RuleInfo ToolDownloadRule::info() const
{
    return {QStringLiteral("ARM202"), Severity::Error, tr("amd64 tool download"),
            tr("A known tool is downloaded as its amd64 build on every architecture.")};
}

namespace {

struct Occurrence
{
    const TextSite *site = nullptr;
    SiteMatch match;
    bool related = false; // matched by the tool's `also` pattern (an extracted folder)
};

enum class Spelling { Template, TargetArch, Uname, CaseMapping };

// Could the site name a tool build the table knows? Every amd64 spelling there contains "64"
// (amd64, x86_64, x64, 64bit) except the suffix-less tini and oc builds. Asked of every word of
// every RUN: the sites' character sets rule out most of them without a search.
const SiteNeedle &sixtyFour()
{
    static const SiteNeedle needle(u"64"_s);
    return needle;
}

bool mayNameToolBuild(const TextSite &site)
{
    static const SiteNeedle tini(u"tini"_s);
    static const SiteNeedle openshift(u"openshift-client"_s);
    return site.contains(sixtyFour()) || site.contains(tini) || site.contains(openshift);
}

} // namespace

void ToolDownloadRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const QList<TextSite> sites = collectSites(context);
    // Most words of a RUN cannot name a tool build (mayNameToolBuild); what each tool would ask
    // of a site is computed once here, not once per tool.
    QList<int> candidates;
    Screening screening{QList<bool>(sites.size(), false), QList<bool>(sites.size(), false)};
    QList<bool> &archVariable = screening.archVariable;
    const QList<QList<SiteMatch>> &goTarballs = GoTarballRule::tarballMatches(context);
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (!mayNameToolBuild(sites.at(i)))
            continue;
        const QStringView raw = sites.at(i).raw();
        // A site with a Go tarball match has been found free of architecture variables.
        screening.goTarball[i] = !goTarballs.at(i).isEmpty();
        archVariable[i] = !screening.goTarball.at(i) && mentionsArchVariable(raw);
        // portable already, or a Go tarball (ARM201 owns those)
        if (!archVariable.at(i) && !screening.goTarball.at(i))
            candidates.append(int(i));
    }
    for (const Tool &tool : m_tools) {
        // One finding per tool and stage; the fix renames every occurrence in the stage.
        QList<int> stages;
        QHash<int, QList<Occurrence>> byStage;
        for (const int i : std::as_const(candidates)) {
            const TextSite &site = sites.at(i);
            if (!site.contains(tool.literal))
                continue;
            for (const SiteMatch &m : matchSite(site, tool.pattern)) {
                if (!stages.contains(site.stage))
                    stages.append(site.stage);
                byStage[site.stage].append({&site, m, false});
            }
        }
        for (const int stage : stages) {
            QList<Occurrence> occ = byStage.value(stage);
            auto arm64Of = [&](const Occurrence &o) {
                return QString(tool.arm64).replace(QStringLiteral("{0}"), o.match.captured);
            };
            const Occurrence first = occ.first(); // a copy: `occ` grows below
            QString armName = first.match.matched;
            armName.replace(first.match.capStart - first.match.start, first.match.capEnd - first.match.capStart,
                            arm64Of(first));
            if (stageMentions(context, stage, armName))
                continue; // the arm64 build is fetched too; something else picks one
            if (tool.also.isValid() && !tool.also.pattern().isEmpty()) {
                for (qsizetype i = 0; i < sites.size(); ++i) {
                    const TextSite &site = sites.at(i);
                    if (site.stage != stage || archVariable.at(i))
                        continue;
                    for (const SiteMatch &m : matchSite(site, tool.also)) {
                        const bool dup = std::any_of(occ.cbegin(), occ.cend(), [&](const Occurrence &o) {
                            return o.site->text == site.text && o.match.capStart == m.capStart;
                        });
                        if (!dup)
                            occ.append({&site, m, true});
                    }
                }
            }
            const Occurrence *primary = &occ.first();
            for (const Occurrence &o : occ)
                if (!o.related && o.site->raw().contains(u"://")) {
                    primary = &o;
                    break;
                }

            Finding f = makeFinding(
                info(), context.file, rangeIn(df, *primary->site->text, primary->match.start, primary->match.end),
                tr("This downloads the amd64 build of %1 (“%2”), which cannot run on arm64.")
                    .arg(tool.name, primary->match.captured),
                tr("Download the arm64 build (“%1”) on arm64: derive the name from the target architecture "
                   "so the same Dockerfile still builds for amd64.")
                    .arg(arm64Of(*primary)));

            const QString amd64 = first.match.captured;
            const QString arm64 = arm64Of(first);
            Spelling spelling = Spelling::CaseMapping;
            if (!tool.portable.isEmpty())
                spelling = Spelling::Template;
            else if (amd64 == u"amd64"_s && arm64 == u"arm64"_s)
                spelling = Spelling::TargetArch;
            else if (amd64 == u"x86_64"_s && arm64 == u"aarch64"_s)
                spelling = Spelling::Uname;

            bool portableOk = true;
            bool needsArg = spelling != Spelling::Uname;
            QList<TextEdit> portable;
            QList<TextEdit> literal;
            QList<const ShellSource *> caseSources;
            for (const Occurrence &o : occ) {
                const TextSite &s = *o.site;
                QString replacement;
                switch (spelling) {
                case Spelling::Template:
                    replacement = QString(tool.portable).replace(QStringLiteral("{0}"), o.match.captured);
                    needsArg = needsArg && replacement.contains(u"TARGETARCH");
                    break;
                case Spelling::TargetArch:
                    replacement = QStringLiteral("${TARGETARCH}");
                    break;
                case Spelling::Uname:
                    replacement = QStringLiteral("$(uname -m)");
                    portableOk = portableOk && s.isShell();
                    break;
                case Spelling::CaseMapping:
                    replacement = u"${" + tool.archVariable + u'}';
                    portableOk = portableOk && s.isShell() && o.match.captured == amd64;
                    if (s.isShell() && !caseSources.contains(s.shell))
                        caseSources.append(s.shell);
                    break;
                }
                portableOk = portableOk && s.expandsAt(o.match.capStart);
                portable.append(siteEdit(df, context.file, s, o.match.capStart, o.match.capEnd, replacement));
                literal.append(siteEdit(df, context.file, s, o.match.capStart, o.match.capEnd, arm64Of(o)));
            }
            for (const ShellSource *src : caseSources) {
                TextEdit e;
                if (prependStatementEdit(df, context.file, *src, archCaseStatement(tool.archVariable, amd64, arm64), &e))
                    portable.prepend(e);
                else
                    portableOk = false;
            }
            TextEdit argEdit;
            if (needsArg
                && declareArgEdit(df, context.file, first.site->instruction, QStringLiteral("TARGETARCH"), &argEdit))
                portable.prepend(argEdit);

            // A checksum of the amd64 file cannot be derived: say so on every option.
            QString note;
            QList<int> seen;
            for (const Occurrence &o : occ) {
                if (seen.contains(o.site->instruction))
                    continue;
                seen.append(o.site->instruction);
                const QString t = instructionText(df, o.site->instruction);
                if (containsAnyOf(t, {"sha256sum"_L1, "shasum"_L1, "sha512sum"_L1}))
                    note = tr("The checksum verified on line %1 belongs to the amd64 file: update it for arm64.")
                               .arg(df.document().lineOf(df.instructions().at(o.site->instruction).start));
            }
            if (portableOk) {
                Fix fix;
                fix.note = note;
                switch (spelling) {
                case Spelling::Uname:
                    fix.title = tr("Use $(uname -m) (x86_64 or aarch64, as %1 spells them)").arg(tool.name);
                    break;
                case Spelling::CaseMapping:
                    fix.title = tr("Map TARGETARCH to %1's spelling in %2").arg(tool.name, tool.archVariable);
                    break;
                default:
                    fix.title = tr("Use ${TARGETARCH} in the download (builds for amd64 and arm64)");
                    break;
                }
                fix.edits = portable;
                f.fixes.append(fix);
            }
            Fix lit;
            lit.title = tr("Download the arm64 build (%1)").arg(arm64);
            lit.edits = literal;
            lit.note = note;
            f.fixes.append(lit);
            out.append(f);
        }
    }
    checkGeneric(context, sites, screening, out);
}

// A download of a tool the table does not know, named for linux/amd64: one finding per
// instruction. Sites a known tool, a Go tarball or another rule's artefact claims are left alone.
void ToolDownloadRule::checkGeneric(const RuleContext &context, const QList<TextSite> &sites,
                                    const Screening &screening, QList<Finding> &out) const
{
    if (m_generic.isEmpty())
        return;
    const Dockerfile &df = context.dockerfile;
    // Claimed by a known tool or another rule's artefact (Go tarballs are screened out before).
    auto claimed = [&](QStringView raw) {
        if (m_genericExclude.isValid() && !m_genericExclude.pattern().isEmpty() && m_genericExclude.matchView(raw).hasMatch())
            return true;
        for (const Tool &t : m_tools)
            if (t.pattern.matchView(raw).hasMatch() || (t.also.isValid() && !t.also.pattern().isEmpty() && t.also.matchView(raw).hasMatch()))
                return true;
        return false;
    };
    static const SiteNeedle scheme(u"://"_s);
    const SiteNeedle &has64 = sixtyFour();
    QList<int> reported;
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const TextSite &site = sites.at(i);
        if (reported.contains(site.instruction))
            continue;
        const QStringView raw = site.raw();
        // A site holding "64" may name a tool build: screened in check().
        if (!site.contains(scheme) || !site.contains(has64) || screening.archVariable.at(i)
            || screening.goTarball.at(i))
            continue;
        SiteMatch first;
        bool found = false;
        for (const QRegularExpression &re : m_generic) {
            const QList<SiteMatch> ms = matchSite(site, re);
            if (!ms.isEmpty() && (!found || ms.first().start < first.start)) {
                first = ms.first();
                found = true;
            }
        }
        if (!found || claimed(raw))
            continue;
        // The arm64 build is fetched too somewhere in the stage: something else picks one.
        QString armUrl = raw.toString();
        armUrl.replace(first.capStart - site.begin, first.capEnd - first.capStart, QStringLiteral("arm64"));
        QString aarchUrl = raw.toString();
        aarchUrl.replace(first.capStart - site.begin, first.capEnd - first.capStart, QStringLiteral("aarch64"));
        if (stageMentions(context, site.stage, armUrl) || stageMentions(context, site.stage, aarchUrl))
            continue;
        reported.append(site.instruction);
        const bool amd64 = first.captured.compare(u"amd64", Qt::CaseInsensitive) == 0;
        // x86_64/x64 spellings: a fix only when a known naming scheme says what the arm64 build is called.
        const Vendor *vendor = nullptr;
        if (!amd64) {
            for (const Vendor &v : m_vendors) {
                if (v.arm64.contains(first.captured) && v.pattern.matchView(raw).hasMatch()) {
                    vendor = &v;
                    break;
                }
            }
        }
        const QString arm64 = amd64 ? QStringLiteral("arm64") : vendor ? vendor->arm64.value(first.captured) : QString();
        QString help;
        if (amd64)
            help = tr("Name the download after the target architecture: ${TARGETARCH} is amd64 or arm64, the spelling "
                      "most release pages use for their arm64 build.");
        else if (vendor)
            help = tr("This URL follows %1, which names the arm64 build “%2” where it says “%3”: choose the name from "
                      "TARGETARCH so the same Dockerfile builds for both.")
                       .arg(vendor->name, arm64, first.captured);
        else
            help = tr("Download the vendor's arm64 build on arm64 (often spelled aarch64 or arm64 where this URL says "
                      "%1; Armlift does not know this vendor's spelling, so it offers no fix): check the release page "
                      "and choose the name from TARGETARCH or $(uname -m) so the same Dockerfile builds for both.")
                       .arg(first.captured);
        Finding f = makeFinding(info(), context.file, rangeIn(df, *site.text, first.start, first.end),
                                tr("This downloads a linux/%1 (x86-64) build, which cannot run on arm64.").arg(first.captured),
                                help);
        if (!arm64.isEmpty()) {
            // Every amd64 spelling of this instruction (URL, extracted folder, archive name) changes together.
            const bool uname = first.captured == u"x86_64"_s && arm64 == u"aarch64"_s;
            const QString variable = amd64 ? QStringLiteral("TARGETARCH") : vendor->archVariable;
            Fix portable;
            portable.title = amd64 ? tr("Use ${TARGETARCH} in the download (builds for amd64 and arm64)")
                           : uname ? tr("Use $(uname -m) (x86_64 or aarch64)")
                                   : tr("Map TARGETARCH to this naming scheme in %1").arg(variable);
            Fix literal;
            literal.title = tr("Download the arm64 build (%1)").arg(arm64);
            bool ok = true;
            QList<const ShellSource *> caseSources;
            for (const TextSite &other : sites) {
                if (other.instruction != site.instruction || mentionsArchVariable(other.raw()))
                    continue;
                for (const QRegularExpression &re : m_generic) {
                    for (const SiteMatch &m : matchSite(other, re)) {
                        if (m.captured != first.captured)
                            continue;
                        ok = ok && other.expandsAt(m.capStart);
                        const QString replacement = uname ? QStringLiteral("$(uname -m)") : u"${" + variable + u'}';
                        if (!amd64) {
                            // $(uname -m) and a case mapping need a shell; BuildKit expands neither.
                            ok = ok && other.isShell();
                            if (!uname && other.isShell() && !caseSources.contains(other.shell))
                                caseSources.append(other.shell);
                        }
                        portable.edits.append(siteEdit(df, context.file, other, m.capStart, m.capEnd, replacement));
                        literal.edits.append(siteEdit(df, context.file, other, m.capStart, m.capEnd, arm64));
                    }
                }
            }
            for (const ShellSource *src : caseSources) {
                TextEdit e;
                if (prependStatementEdit(df, context.file, *src, archCaseStatement(variable, first.captured, arm64), &e))
                    portable.edits.prepend(e);
                else
                    ok = false;
            }
            TextEdit argEdit;
            if (!uname && declareArgEdit(df, context.file, site.instruction, QStringLiteral("TARGETARCH"), &argEdit))
                portable.edits.prepend(argEdit);
            const QString t = instructionText(df, site.instruction);
            if (containsAnyOf(t, {"sha256sum"_L1, "shasum"_L1, "sha512sum"_L1}))
                portable.note = literal.note = tr("The checksum verified here belongs to the amd64 file: update it for arm64.");
            if (ok)
                f.fixes.append(portable);
            f.fixes.append(literal);
        }
        out.append(f);
    }
}

} // namespace Armlift
