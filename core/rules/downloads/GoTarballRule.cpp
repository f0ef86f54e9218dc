#include "rules/downloads/GoTarballRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/downloads/ShellEdits.h"

#include <QJsonArray>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

using namespace Internal;

GoTarballRule::GoTarballRule(const KnowledgeBase &kb)
{
    const QJsonArray releases = kb.section(QStringLiteral("go")).value(u"releases").toArray();
    for (const auto &r : releases) {
        const QJsonObject o = r.toObject();
        const QJsonObject sums = o.value(u"sha256").toObject();
        Checksums c{sums.value(u"linux-amd64").toString(), sums.value(u"linux-arm64").toString()};
        if (!c.amd64.isEmpty() && !c.arm64.isEmpty())
            m_checksums.insert(o.value(u"version").toString(), c);
    }
}

RuleInfo GoTarballRule::info() const
{
    return {QStringLiteral("ARM201"), Severity::Error, tr("Go amd64 tarball"),
            tr("A Go release tarball for linux-amd64 is installed on every architecture.")};
}

const QRegularExpression &GoTarballRule::tarballPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![A-Za-z0-9_])go((?:[0-9]|\$\{[^}\s]*\}|\$[A-Za-z_][A-Za-z0-9_]*)(?:[0-9A-Za-z._]|\$\{[^}\s]*\}|\$[A-Za-z_][A-Za-z0-9_]*)*?)\.linux-(amd64)\.tar\.gz)"));
    return re;
}

namespace {

// What every match of tarballPattern() ends with.
QLatin1StringView tarballSuffix()
{
    return QLatin1StringView(".linux-amd64.tar.gz");
}

} // namespace

const QList<QList<SiteMatch>> &GoTarballRule::tarballMatches(const RuleContext &context)
{
    static const char key = 0;
    auto &cached = context.derived.slot<std::optional<QList<QList<SiteMatch>>>>(&key);
    if (cached)
        return *cached;
    const QList<TextSite> sites = collectSites(context);
    cached.emplace(sites.size());
    // Every tarball name contains the suffix; testing it first skips the regex for most words.
    static const SiteNeedle suffix(tarballSuffix().toString());
    // The matches depend only on the site's text, and the same word recurs (the file name given
    // to curl, tar and rm; the same download in several stages): each text is matched once.
    QHash<QStringView, QList<SiteMatch>> byText; // positions relative to the site's begin
    auto shifted = [](QList<SiteMatch> matches, int by) {
        for (SiteMatch &m : matches) {
            m.start += by;
            m.end += by;
            m.capStart += by;
            m.capEnd += by;
        }
        return matches;
    };
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const TextSite &site = sites.at(i);
        if (!site.contains(suffix))
            continue;
        auto known = byText.constFind(site.raw());
        if (known == byText.cend()) {
            const QList<SiteMatch> matches =
                mentionsArchVariable(site.raw()) ? QList<SiteMatch>() : matchSite(site, tarballPattern(), 2);
            known = byText.insert(site.raw(), shifted(matches, -site.begin));
        }
        (*cached)[i] = shifted(*known, site.begin);
    }
    return *cached;
}

namespace {

// The version (group 1 of tarballPattern()) of a tarball name the pattern matched whole: the
// text between "go" and the suffix, without matching the name again.
QString tarballVersion(const QString &name)
{
    return name.mid(2, name.size() - 2 - tarballSuffix().size());
}

struct Occurrence
{
    const TextSite *site = nullptr;
    SiteMatch match;
};

struct Group
{
    int stage = -1;
    int anchor = -1; // the instruction that downloads the file (or the first one naming it)
    QString name;
    QList<Occurrence> occurrences;
};

bool looksLikeDownload(const Dockerfile &df, const TextSite &site)
{
    return site.raw().contains(u"://") || df.instructions().at(site.instruction).effectiveKeyword() == u"ADD"_s;
}

// One finding per instruction that downloads the tarball: two RUNs that each fetch it are two
// problems (and a suppression comment on one must not hide the other). An instruction that only
// names the file (tar -x in a later RUN, an ENV with the name) belongs to the nearest download
// before it in the stage, or else after it, so its rename travels with that download's fix.
QList<Group> groupOccurrences(const RuleContext &context, const QList<TextSite> &sites)
{
    const Dockerfile &df = context.dockerfile;
    struct Raw
    {
        const TextSite *site;
        SiteMatch match;
    };
    QList<Raw> raw;
    const QList<QList<SiteMatch>> &matches = GoTarballRule::tarballMatches(context);
    for (qsizetype i = 0; i < sites.size(); ++i)
        for (const SiteMatch &m : matches.at(i))
            raw.append({&sites.at(i), m});
    // The instructions downloading each (stage, name), in document order: built once, not
    // once per occurrence (that was quadratic in the occurrences).
    QHash<QPair<int, QString>, QList<int>> downloadsByName;
    for (const Raw &r : raw) {
        if (!looksLikeDownload(df, *r.site))
            continue;
        QList<int> &list = downloadsByName[{r.site->stage, r.match.matched}];
        if (!list.contains(r.site->instruction))
            list.append(r.site->instruction);
    }
    QList<Group> groups;
    for (const Raw &r : raw) {
        const QList<int> downloads = downloadsByName.value({r.site->stage, r.match.matched});
        int anchor = -1;
        for (const int d : downloads)
            if (d <= r.site->instruction)
                anchor = d;
        if (anchor < 0 && !downloads.isEmpty())
            anchor = downloads.first();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.stage == r.site->stage && g.name == r.match.matched && (anchor < 0 || g.anchor == anchor);
        });
        if (it == groups.end()) {
            groups.append({r.site->stage, anchor, r.match.matched, {}});
            it = groups.end() - 1;
        }
        it->occurrences.append({r.site, r.match});
    }
    return groups;
}

} // namespace

void GoTarballRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const QList<TextSite> sites = collectSites(context);
    const QList<Group> groups = groupOccurrences(context, sites);
    if (groups.isEmpty())
        return;
    // The same for every finding: translated once, not once per tarball.
    const RuleInfo ri = info();
    const QString help = tr("Name the tarball go<version>.linux-${TARGETARCH}.tar.gz and declare "
                            "`ARG TARGETARCH` in the stage, so BuildKit fetches the build of the "
                            "platform being built (amd64 or arm64).");
    const QString portableTitle = tr("Use ${TARGETARCH} in the tarball name (builds for amd64 and arm64)");
    QList<QList<const TextSite *>> sitesByStage; // index: stage + 1; filled when a checksum is looked for
    for (const Group &g : groups) {
        QString arm64Name = g.name;
        arm64Name.replace(QStringLiteral(".linux-amd64."), QStringLiteral(".linux-arm64."));
        if (stageMentions(context, g.stage, arm64Name))
            continue; // both architectures are fetched; something else picks one
        const Occurrence *primary = &g.occurrences.first();
        for (const Occurrence &o : g.occurrences)
            if (looksLikeDownload(df, *o.site)) {
                primary = &o;
                break;
            }
        const int firstInstruction = g.occurrences.first().site->instruction;

        Finding f = makeFinding(ri, context.file,
                                rangeIn(df, *primary->site->text, primary->match.start, primary->match.end),
                                tr("%1 is the amd64 build of Go: the go command it installs cannot run on arm64.")
                                    .arg(g.name),
                                help);

        QList<TextEdit> portable;
        QList<TextEdit> literal;
        bool portableOk = true;
        for (const Occurrence &o : g.occurrences) {
            portableOk = portableOk && o.site->expandsAt(o.match.capStart);
            portable.append(siteEdit(df, context.file, *o.site, o.match.capStart, o.match.capEnd,
                                     QStringLiteral("${TARGETARCH}")));
            literal.append(siteEdit(df, context.file, *o.site, o.match.capStart, o.match.capEnd,
                                    QStringLiteral("arm64")));
        }
        TextEdit argEdit;
        if (declareArgEdit(df, context.file, firstInstruction, QStringLiteral("TARGETARCH"), &argEdit))
            portable.prepend(argEdit);

        // The checksum that verifies the tarball, if any: only a known amd64 sum can be rewritten.
        const QString ver = df.expand(tarballVersion(g.name), firstInstruction);
        const Checksums sums = m_checksums.value(ver);
        QString groupText;
        QList<int> seen;
        for (const Occurrence &o : g.occurrences)
            if (!seen.contains(o.site->instruction)) {
                seen.append(o.site->instruction);
                groupText += instructionText(df, o.site->instruction);
            }
        const bool verifies = containsAnyOf(groupText, {"sha256sum"_L1, "shasum"_L1}) || containsSha256Hex(groupText);
        const TextSite *sumSite = nullptr;
        SiteMatch sumMatch;
        if (!sums.amd64.isEmpty()) {
            // The checksum next to this download first; one elsewhere in the stage otherwise.
            if (sitesByStage.isEmpty()) {
                sitesByStage.resize(df.stages().size() + 1);
                for (const TextSite &site : sites)
                    sitesByStage[site.stage + 1].append(&site);
            }
            const SiteNeedle amd64Sum(sums.amd64);
            for (const bool own : {true, false}) {
                for (const TextSite *sitePtr : std::as_const(sitesByStage.at(g.stage + 1))) {
                    const TextSite &site = *sitePtr;
                    if (sumSite || (own && !seen.contains(site.instruction)) || !site.contains(amd64Sum))
                        continue;
                    // The first occurrence of the checksum, as a match of its own text.
                    const int at = site.begin + int(site.raw().indexOf(sums.amd64));
                    sumSite = &site;
                    sumMatch.start = sumMatch.capStart = at;
                    sumMatch.end = sumMatch.capEnd = at + int(sums.amd64.size());
                    sumMatch.matched = sumMatch.captured = sums.amd64;
                }
            }
        }
        QString note;
        if (verifies && !sumSite) {
            note = tr("The sha256 checksum checked in this stage belongs to the amd64 tarball: replace it with the "
                      "checksum of the arm64 tarball from https://go.dev/dl/.");
        } else if (sumSite) {
            note = tr("The sha256 checksum on line %1 belongs to the amd64 tarball and must be updated with it.")
                       .arg(siteLine(df, *sumSite, sumMatch.start));
        }

        // With a known pair of checksums in a shell command, pick the checksum by architecture too.
        if (portableOk && sumSite && sumSite->isShell() && sumSite->expandsAt(sumMatch.start)) {
            TextEdit caseEdit;
            if (prependStatementEdit(df, context.file, *sumSite->shell,
                                     archCaseStatement(QStringLiteral("GO_SHA256"), sums.amd64, sums.arm64),
                                     &caseEdit)) {
                Fix fix;
                fix.title = tr("Download go%1.linux-${TARGETARCH}.tar.gz and choose its sha256 by TARGETARCH")
                                .arg(ver);
                fix.edits = portable;
                fix.edits.append(caseEdit);
                fix.edits.append(siteEdit(df, context.file, *sumSite, sumMatch.start, sumMatch.end,
                                          QStringLiteral("${GO_SHA256}")));
                f.fixes.append(fix);
            }
        }
        if (portableOk) {
            Fix fix;
            fix.title = portableTitle;
            fix.edits = portable;
            fix.note = note;
            f.fixes.append(fix);
        }
        Fix lit;
        lit.title = tr("Download the arm64 tarball (%1)").arg(arm64Name);
        lit.edits = literal;
        if (sumSite) {
            lit.edits.append(siteEdit(df, context.file, *sumSite, sumMatch.start, sumMatch.end, sums.arm64));
        } else {
            lit.note = note;
        }
        f.fixes.append(lit);
        out.append(f);
    }
}

} // namespace Armlift
