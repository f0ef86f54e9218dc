#include "rules/golang/OldGoVersionRule.h"

#include "kb/KnowledgeBase.h"
#include "manifest/Requirements.h"
#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/downloads/ShellEdits.h"
#include "rules/native/WordMap.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

OldGoVersionRule::OldGoVersionRule(const KnowledgeBase &kb)
{
    const QJsonObject go = kb.section(QStringLiteral("go"));
    m_registerAbi = go.value(u"registerAbiVersion").toString();
    m_source = go.value(u"registerAbiSource").toString();
}

RuleInfo OldGoVersionRule::info() const
{
    return {QStringLiteral("ARM402"), Severity::Info, tr("Go older than 1.18"),
            tr("Go before 1.18 passes arguments on the stack on arm64; 1.18 and later use registers and run faster.")};
}

QString OldGoVersionRule::message(const QString &version) const
{
    return tr("Go %1 predates the register-based calling convention on arm64 (Go %2): upgrading makes the "
              "programs faster").arg(version, m_registerAbi);
}

QString OldGoVersionRule::help() const
{
    return tr("Go %1 extended the register-based calling convention to 64-bit ARM; its release notes report 10% or "
              "more CPU performance, and the migration talk cites up to 20% on arm64. Source: %2")
        .arg(m_registerAbi, m_source);
}

// What one stage (or the instructions before the first FROM) contributes.
struct OldGoVersionRule::StagePart
{
    QList<Finding> findings;     // tarballs
    bool toolchainSeen = false;  // a Go tarball of any version
    bool usesGoMod = false;      // runs `go`, or COPY/ADDs a go.mod from the context
};

namespace Internal {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The end of the run of digits starting at `i`.
qsizetype skipDigits(QStringView text, qsizetype i)
{
    while (i < text.size() && isAsciiDigit(text.at(i)))
        ++i;
    return i;
}

// The tarball name whose "go" starts at `at`. Each part of the pattern can be matched greedily:
// what follows a run never starts with a character of the run, so the regex never backtracks.
GoTarballName goTarballAt(QStringView text, qsizetype at)
{
    auto startsAt = [&](qsizetype i, QLatin1StringView s) { return text.mid(i).startsWith(s); };
    auto digitAt = [&](qsizetype i) { return i < text.size() && isAsciiDigit(text.at(i)); };
    GoTarballName m;
    m.versionStart = at + 2;
    qsizetype i = skipDigits(text, at + 4); // after "go1."
    if (i == at + 4)
        return {};
    if (startsAt(i, "."_L1) && digitAt(i + 1))
        i = skipDigits(text, i + 1);
    m.versionEnd = i;
    if (startsAt(i, "rc"_L1) && digitAt(i + 2))
        i = skipDigits(text, i + 2);
    else if (startsAt(i, "beta"_L1) && digitAt(i + 4))
        i = skipDigits(text, i + 4);
    qsizetype os = -1;
    for (const QLatin1StringView name : {".linux-"_L1, ".darwin-"_L1, ".freebsd-"_L1})
        if (startsAt(i, name))
            os = i + name.size();
    if (os < 0)
        return {};
    i = os;
    while (i < text.size() && ((text.at(i) >= u'a' && text.at(i) <= u'z') || isAsciiDigit(text.at(i))))
        ++i;
    if (i == os || !startsAt(i, ".tar.gz"_L1))
        return {};
    m.end = i + 7;
    return m;
}

} // namespace

GoTarballName findGoTarballName(QStringView text, qsizetype from)
{
    // The match starts at the text's start or at the delimiter before "go1.": the leftmost
    // match is the one with the first such "go1.".
    auto delimiter = [](QChar c) {
        return c == u'/' || c == u'=' || c == u'"' || c == u'\'' || c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    for (qsizetype at = text.indexOf(u"go1.", from == 0 ? 0 : from + 1); at >= 0; at = text.indexOf(u"go1.", at + 1)) {
        if (at > 0 && !delimiter(text.at(at - 1)))
            continue;
        if (const GoTarballName m = goTarballAt(text, at); m.end >= 0)
            return m;
    }
    return {};
}

} // namespace Internal

namespace {

struct OldGoMemo final : IncrementalRule::Memo
{
    QList<OldGoVersionRule::StagePart> parts; // index: stage + 1
};

} // namespace

void OldGoVersionRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    run(ctx, nullptr, nullptr, out);
}

void OldGoVersionRule::checkIncremental(const RuleContext &ctx, const QSet<int> *changedStages,
                                        std::unique_ptr<Memo> &memo, QList<Finding> &out) const
{
    run(ctx, changedStages, &memo, out);
}

void OldGoVersionRule::checkTarballs(const RuleContext &ctx, const RuleInfo &ri, const QList<Internal::TextSite> &sites,
                                     StagePart &part) const
{
    const Dockerfile &df = ctx.dockerfile;
    auto old = [&](const QString &v) { return compareVersions(v, m_registerAbi) < 0; };
    bool &toolchainSeen = part.toolchainSeen;
    QList<Finding> &out = part.findings;

    // Tarballs: go1.16.5.linux-amd64.tar.gz in a RUN (any form), an ADD source or an ENV/ARG value;
    // one finding per instruction, every occurrence in it edited together.
    // Text the names need, so that most words are not scanned.
    static const Internal::SiteNeedle tarGz(u".tar.gz"_s);
    static const Internal::SiteNeedle variable(u"go$"_s);
    int reported = -1;
    for (const Internal::TextSite &site : sites) {
        const QStringView raw = site.raw();
        if (!site.contains(tarGz))
            continue;
        for (auto m = Internal::findGoTarballName(raw, 0); m.end >= 0; m = Internal::findGoTarballName(raw, m.end)) {
            toolchainSeen = true;
            const QString version = raw.mid(m.versionStart, m.versionEnd - m.versionStart).toString();
            if (!old(version) || reported == site.instruction)
                continue;
            reported = site.instruction;
            const int vs = site.begin + int(m.versionStart);
            const int ve = site.begin + int(m.versionEnd);
            Finding f = makeFinding(ri, ctx.file, rangeIn(df, *site.text, vs, ve), message(version), help());
            Fix fix;
            fix.title = tr("Use Go %1").arg(m_registerAbi);
            const QString needle = u"go" + version + u'.';
            for (const Internal::TextSite &other : sites) {
                if (other.instruction != site.instruction)
                    continue;
                const QStringView o = other.raw();
                for (qsizetype at = o.indexOf(needle); at >= 0; at = o.indexOf(needle, at + 1))
                    fix.edits.append(Internal::siteEdit(df, ctx.file, other, other.begin + int(at) + 2,
                                                        other.begin + int(at + needle.size()) - 1, m_registerAbi));
            }
            const QString text = Internal::instructionText(df, site.instruction);
            if (Internal::containsAnyOf(text, {"sha256"_L1, "shasum"_L1}))
                fix.note = tr("The checksum of the tarball changes too: update it from https://go.dev/dl/.");
            f.fixes.append(fix);
            out.append(f);
        }
        // go${GO_VERSION}.linux-amd64.tar.gz with ARG/ENV GO_VERSION=1.16.5: the fix edits the definition.
        static const QRegularExpression tarballVar(QStringLiteral(
            "(?:^|[/=\"'\\s])go(\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?)\\.(?:linux|darwin|freebsd)-[a-z0-9${}A-Z_]+\\.tar\\.gz"));
        static const QRegularExpression versionOnly(QStringLiteral("^1\\.[0-9]+(\\.[0-9]+)?$"));
        if (!site.contains(variable))
            continue;
        for (auto it = tarballVar.globalMatchView(raw); it.hasNext();) {
            const auto m = it.next();
            const QString version = df.expand(m.captured(1), site.instruction);
            if (!versionOnly.match(version).hasMatch())
                continue;
            toolchainSeen = true;
            if (!old(version) || reported == site.instruction)
                continue;
            reported = site.instruction;
            const int vs = site.begin + int(m.capturedStart(1));
            const int ve = site.begin + int(m.capturedEnd(1));
            Finding f = makeFinding(ri, ctx.file, rangeIn(df, *site.text, vs, ve), message(version), help());
            int defined = -1;
            if (const KeyValue *kv = findDefinition(df, m.captured(2), site.instruction, &defined);
                kv && kv->value.text() == version) {
                Fix fix;
                fix.title = tr("Use Go %1").arg(m_registerAbi);
                fix.edits = {replaceIn(df, ctx.file, kv->value, 0, kv->value.size(), m_registerAbi)};
                const QString text = Internal::instructionText(df, site.instruction);
                if (Internal::containsAnyOf(text, {"sha256"_L1, "shasum"_L1}))
                    fix.note = tr("The checksum of the tarball changes too: update it from https://go.dev/dl/.");
                f.fixes.append(fix);
            }
            out.append(f);
        }
    }
}

void OldGoVersionRule::run(const RuleContext &ctx, const QSet<int> *changed, std::unique_ptr<Memo> *memo,
                           QList<Finding> &out) const
{
    if (m_registerAbi.isEmpty()) {
        if (memo)
            memo->reset();
        return;
    }
    const Dockerfile &df = ctx.dockerfile;
    const RuleInfo ri = info();
    auto old = [&](const QString &v) { return compareVersions(v, m_registerAbi) < 0; };
    const int groups = int(df.stages().size()) + 1; // index: stage + 1 (-1: before the first FROM)
    auto *previous = memo ? dynamic_cast<OldGoMemo *>(memo->get()) : nullptr;
    const bool reuse = changed && previous && previous->parts.size() == groups;
    QList<StagePart> parts = reuse ? previous->parts : QList<StagePart>(groups);
    auto redo = [&](int stage) { return !reuse || changed->contains(stage); };

    // Whether the build visibly uses go.mod, per stage.
    auto goModUse = [&](const ShellSource &src, int stage) {
        for (const ShellCommand &cmd : src.commands)
            if (cmd.nameView() == u"go"_s && !cmd.archConditional)
                parts[stage + 1].usesGoMod = true;
    };
    if (reuse) {
        for (int g = 0; g < groups; ++g) {
            if (!redo(g - 1))
                continue;
            // A changed stage: its text sites from its own shell sources.
            StagePart &part = parts[g];
            part = StagePart();
            QList<ShellSource> own;
            for (const ShellSource &src : ctx.shell) {
                if (df.instructions().at(src.instruction).stage == g - 1) {
                    own.append(src);
                    goModUse(src, g - 1);
                }
            }
            const RuleContext stageContext{df, ctx.kb, ctx.project, ctx.file, own};
            QList<Internal::TextSite> sites;
            for (const Internal::TextSite &site : Internal::collectSites(stageContext))
                if (site.stage == g - 1)
                    sites.append(site);
            checkTarballs(stageContext, ri, sites, part);
        }
    } else {
        const QList<Internal::TextSite> all = Internal::collectSites(ctx);
        // Each stage's list sized first: one allocation per stage, not a regrowth every few sites.
        QList<qsizetype> counts(groups, 0);
        for (const Internal::TextSite &site : all)
            ++counts[site.stage + 1];
        QList<QList<Internal::TextSite>> sites(groups);
        for (int g = 0; g < groups; ++g)
            sites[g].reserve(counts.at(g));
        for (const Internal::TextSite &site : all)
            sites[site.stage + 1].append(site);
        for (int g = 0; g < groups; ++g)
            checkTarballs(ctx, ri, sites.at(g), parts[g]);
        for (const ShellSource &src : ctx.shell)
            goModUse(src, df.instructions().at(src.instruction).stage);
    }
    for (const Instruction &in : df.instructions()) {
        if (redo(in.stage) && (in.effectiveKeyword() == u"COPY"_s || in.effectiveKeyword() == u"ADD"_s)
            && !in.flag(u"from") && in.args.text().contains(u"go.mod"))
            parts[in.stage + 1].usesGoMod = true;
    }
    bool toolchainSeen = false;
    bool usesGoMod = false;
    for (const StagePart &part : std::as_const(parts)) {
        out += part.findings;
        toolchainSeen = toolchainSeen || part.toolchainSeen;
        usesGoMod = usesGoMod || part.usesGoMod;
    }
    if (memo) {
        auto next = std::make_unique<OldGoMemo>();
        next->parts = std::move(parts);
        *memo = std::move(next);
    }

    // FROM golang:1.16-alpine
    static const QRegularExpression golangTag(QStringLiteral("^(1\\.([0-9]+)(?:\\.[0-9]+)?)(.*)$"));
    for (const Stage &st : df.stages()) {
        // The image without its digest, as a view: most stages are not golang images.
        const QStringView image = QStringView(st.image).left(st.image.indexOf(u'@'));
        const int colon = int(image.lastIndexOf(u':'));
        const int slash = int(image.lastIndexOf(u'/'));
        if (colon <= slash || image.mid(slash + 1, colon - slash - 1) != u"golang"_s)
            continue;
        const QString tag = image.mid(colon + 1).toString();
        const auto m = golangTag.match(tag);
        if (!m.hasMatch())
            continue;
        toolchainSeen = true;
        if (!old(m.captured(1)))
            continue;
        const Instruction &from = df.instructions().at(st.fromInstruction);
        const int at = int(from.args.text().indexOf(image));
        if (at < 0)
            continue;
        const int versionStart = at + colon + 1;
        Finding f = makeFinding(ri, ctx.file, rangeIn(df, from.args, versionStart, versionStart + int(m.capturedLength(1))),
                                message(m.captured(1)), help());
        Fix fix;
        fix.title = tr("Use golang:%1").arg(m_registerAbi);
        // Variants that exist for 1.18: the plain tag, -alpine, -buster, -bullseye.
        const QString suffix = m.captured(3);
        static const QRegularExpression kept(QStringLiteral("^(-alpine|-buster|-bullseye)?$"));
        if (kept.match(suffix).hasMatch()) {
            fix.edits = {replaceIn(df, ctx.file, from.args, versionStart, versionStart + int(m.capturedLength(1)), m_registerAbi)};
        } else {
            const QString variant = suffix.contains(u"alpine") ? QStringLiteral("-alpine") : QString();
            fix.edits = {replaceIn(df, ctx.file, from.args, versionStart, versionStart + int(tag.size()), m_registerAbi + variant)};
            fix.note = tr("The %1 variant is not published for Go %2; check the image's OS packages.").arg(suffix.mid(1), m_registerAbi);
        }
        f.fixes.append(fix);
        out.append(f);
    }

    // go.mod next to the Dockerfile, when the build visibly uses it and no Go toolchain version is
    // visible in the Dockerfile (a visible toolchain decides the calling convention, not go.mod).
    if (toolchainSeen || !usesGoMod)
        return;
    const QString dir = contextDirectory(ctx.file);
    const GoMod *mod = ctx.project.goMod(dir.isEmpty() ? QStringLiteral("go.mod") : dir + QStringLiteral("/go.mod"));
    if (!mod || mod->goVersion.isEmpty() || !mod->goRange.isValid() || !old(mod->goVersion))
        return;
    if (!mod->toolchain.isEmpty() && !old(mod->toolchain))
        return;
    Finding f = makeFinding(ri, mod->path, mod->goRange, message(mod->goVersion), help());
    Fix fix;
    fix.title = tr("Require Go %1 in go.mod").arg(m_registerAbi);
    fix.edits = {TextEdit{mod->path, mod->goRange, m_registerAbi}};
    fix.note = tr("Run `go mod tidy` afterwards: from go 1.17 on, go.mod also lists indirect dependencies.");
    f.fixes.append(fix);
    out.append(f);
}

} // namespace Armlift
