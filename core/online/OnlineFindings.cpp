// Turns what the registries, PyPI and go.dev answered into findings (see OnlineChecker.h).

#include "kb/KnowledgeBase.h"
#include "online/IndexData.h"
#include "online/OnlineRun.h"
#include "rules/downloads/GoTarballRule.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    // lupdate files a free function's tr() under its namespace: "Armlift" is where the .ts
    // files keep these texts, so it is the context to look them up in.
    return QCoreApplication::translate("Armlift", text);
}

bool within(const SourceRange &inner, const SourceRange &outer)
{
    auto before = [](int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); };
    return before(outer.line, outer.column, inner.line, inner.column)
        && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}

// "registry" or "cache (3 hours old)" style bookkeeping for one answer.
QString sourceName(const QString &live, bool fromCache)
{
    return fromCache ? QStringLiteral("cache") : live;
}

QString cacheNote(bool fromCache, const QDateTime &fetched)
{
    return fromCache ? u' ' + tr("(Answer from the cache, %1 old.)").arg(OnlineCache::describeAge(fetched)) : QString();
}

void count(OnlineSourceStatus &s, bool ok, bool fromCache, OnlineSourceStatus::State failState, const QString &error)
{
    if (ok) {
        ++s.answered;
        if (fromCache)
            ++s.fromCache;
        return;
    }
    ++s.failed;
    if (s.detail.isEmpty())
        s.detail = error;
    // The most telling failure wins: rate limits and auth problems need the user's action.
    if (failState == OnlineSourceStatus::State::RateLimited || failState == OnlineSourceStatus::State::AuthNeeded
        || s.state == OnlineSourceStatus::State::Unused)
        s.state = failState;
}

void settle(OnlineSourceStatus &s)
{
    if (s.failed > 0 && (s.state == OnlineSourceStatus::State::RateLimited || s.state == OnlineSourceStatus::State::AuthNeeded
                         || s.state == OnlineSourceStatus::State::Offline))
        return;
    if (s.answered == 0 && s.failed == 0)
        s.state = OnlineSourceStatus::State::Unused;
    else if (s.answered == 0)
        s.state = OnlineSourceStatus::State::Failed;
    else if (s.fromCache == s.answered)
        s.state = OnlineSourceStatus::State::Cache;
    else
        s.state = OnlineSourceStatus::State::Online;
}

OnlineSourceStatus::State stateOf(PlatformAnswer::Problem p)
{
    switch (p) {
    case PlatformAnswer::Problem::AuthNeeded: return OnlineSourceStatus::State::AuthNeeded;
    case PlatformAnswer::Problem::RateLimited: return OnlineSourceStatus::State::RateLimited;
    case PlatformAnswer::Problem::Offline: return OnlineSourceStatus::State::Offline;
    default: return OnlineSourceStatus::State::Failed;
    }
}

OnlineSourceStatus::State stateOf(JsonAnswer::Problem p)
{
    switch (p) {
    case JsonAnswer::Problem::RateLimited: return OnlineSourceStatus::State::RateLimited;
    case JsonAnswer::Problem::Offline: return OnlineSourceStatus::State::Offline;
    default: return OnlineSourceStatus::State::Failed;
    }
}

void applyImages(OnlineChecker::Run &run, QList<Finding> &findings)
{
    OnlineSourceStatus &status = run.report.sources[QStringLiteral("registry")];
    for (const ImageSite &site : std::as_const(run.images)) {
        const PlatformAnswer a = run.platformAnswers.value(site.key);
        const QString file = run.files.at(site.file)->path;
        count(status, a.ok(), a.fromCache, stateOf(a.problem), a.error);
        if (!a.ok()) {
            // The knowledge base finding (if any) stays; the user learns why nothing was checked.
            run.report.problems.append({file, site.range.line,
                                        tr("%1:%2: cannot check the base image %3: %4")
                                            .arg(file).arg(site.range.line).arg(site.image, a.error)});
            continue;
        }
        if (a.platforms.isEmpty())
            continue;
        // The registry is the authority: its answer replaces the knowledge base's ARM102 here.
        QList<Fix> kbFixes;
        QString kbHelp;
        for (qsizetype i = findings.size() - 1; i >= 0; --i) {
            const Finding &f = findings.at(i);
            if (f.ruleId == u"ARM102"_s && f.file == file && f.range.line == site.range.line) {
                kbFixes = f.fixes;
                kbHelp = f.help;
                findings.removeAt(i);
            }
        }
        if (a.hasLinuxArm64())
            continue;
        Finding f;
        f.ruleId = QStringLiteral("ARM102");
        f.severity = Severity::Error;
        f.file = file;
        f.range = site.range;
        f.source = sourceName(QStringLiteral("registry"), a.fromCache);
        f.message = tr("%1 has no linux/arm64 variant: the registry lists only %2, so pulling it on arm64 fails "
                       "with “no matching manifest for linux/arm64/v8”.")
                        .arg(site.image, a.platformTexts().join(QStringLiteral(", ")));
        f.help = kbHelp.isEmpty() ? tr("Use a tag or an image that is published for linux/arm64, or build this "
                                       "stage for amd64 on purpose with --platform=linux/amd64.")
                                  : kbHelp;
        f.help += cacheNote(a.fromCache, a.fetched);
        f.fixes = kbFixes;
        const QString tag = run.replacementTags.value(site.key);
        if (f.fixes.isEmpty() && !tag.isEmpty() && site.tagRange.isValid()) {
            Fix fix;
            fix.title = tr("Use %1 (has linux/arm64)").arg(site.ref.withTag(tag));
            fix.edits = {TextEdit{file, site.tagRange, tag}};
            fix.note = tr("A newer tag: check the release notes before switching.");
            f.fixes.append(fix);
        }
        findings.append(f);
    }
    settle(status);
}

void applyPython(OnlineChecker::Run &run, QList<Finding> &findings)
{
    static const PythonKnowledge knowledge = PythonKnowledge::load(KnowledgeBase::bundled());
    OnlineSourceStatus &status = run.report.sources[QStringLiteral("pypi")];
    QSet<QString> counted;
    for (const RequirementSite &site : std::as_const(run.requirements)) {
        const PythonRequirement &r = site.requirement;
        const QString &name = r.requirement.normalizedName;
        const JsonAnswer a = run.pypiAnswers.value(name);
        if (!counted.contains(name)) {
            counted.insert(name);
            count(status, a.ok(), a.fromCache, stateOf(a.problem), a.error);
        }
        if (!a.ok()) {
            run.report.problems.append({r.file, r.nameRange.line,
                                        tr("%1:%2: cannot check %3 on PyPI: %4")
                                            .arg(r.file).arg(r.nameRange.line).arg(requirementText(r), a.error)});
            continue;
        }
        const PyPIProject project = PyPIProject::fromJson(a.body.toObject());
        const PyPIProject::Release *release = project.release(site.pin);
        // Pure-Python and sdist-only projects build anywhere without a compiler: nothing to say.
        if (!release || !project.hasNativeWheels())
            continue;
        // The image's glibc (knowledge base) decides which manylinux wheels pip can take: a
        // release with only manylinux_2_28 aarch64 wheels is no good on CentOS 7 (glibc 2.17).
        // Without it, PyPI's answer would count such a wheel and drop ARM301's glibc-floor finding.
        PythonTarget target = site.target;
        if (target.libc != PythonTarget::Libc::Musl) {
            if (const PythonKnowledge::ImageGlibc *g = knowledge.glibcOf(target.image))
                target.glibc = g->glibc;
        }
        const bool fine = release->wheels.hasWheelFor(target);
        PythonTarget anyGlibc = target;
        anyGlibc.glibc.clear();
        const QString glibcFloor = !fine && !target.glibc.isEmpty() && release->wheels.hasWheelFor(anyGlibc)
            ? release->wheels.aarch64GlibcFloor(anyGlibc)
            : QString();
        SourceRange span = r.nameRange;
        if (r.specifierRange.isValid()) {
            span.endLine = r.specifierRange.endLine;
            span.endColumn = r.specifierRange.endColumn;
        }
        qsizetype existing = -1;
        bool specific = false;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const Finding &f = findings.at(i);
            if (f.file != r.file || !within(f.range, span) || !f.ruleId.startsWith(u"ARM30"))
                continue;
            if (f.ruleId == u"ARM301"_s)
                existing = i;
            else
                specific = true;
        }
        if (specific || knowledge.hasSpecificRule(name))
            continue; // ARM302–ARM305 explain these packages better than a wheel list can
        if (fine) {
            if (existing >= 0)
                findings.removeAt(existing); // PyPI has the wheel: the bundled fact is out of date
            continue;
        }
        const bool noWheelsKnown = std::any_of(knowledge.noWheels.cbegin(), knowledge.noWheels.cend(),
                                               [&](const PythonKnowledge::NoWheelFact &f) { return f.name == name; });
        if (noWheelsKnown)
            continue;
        const PyPIProject::Release *good = project.firstWithWheel(site.pin, target);
        Finding f;
        if (existing >= 0)
            f = findings.takeAt(existing);
        f.ruleId = QStringLiteral("ARM301");
        f.severity = Severity::Error;
        f.file = r.file;
        f.source = sourceName(QStringLiteral("pypi"), a.fromCache);
        f.range = good ? versionFindingRange(r, good->version)
                       : (r.specifierRange.isValid() ? r.specifierRange : r.nameRange);
        QString python;
        if (!site.target.knowsVersion())
            python = tr("any CPython version");
        else if (site.target.guessed)
            python = tr("CPython %1 (guessed from %2)").arg(site.target.versionText(), site.target.image);
        else
            python = tr("CPython %1 (from %2)").arg(site.target.versionText(), site.target.image);
        QString help;
        if (!glibcFloor.isEmpty()) {
            f.message = tr("%1 has aarch64 wheels on PyPI only for glibc %2 or later, but %3 has glibc %4: pip "
                           "builds it from source on arm64")
                            .arg(requirementText(r), glibcFloor, target.image, target.glibc);
            help = tr("The aarch64 wheels of %1 %2 are manylinux wheels that need glibc %3; pip skips them on an "
                      "image with an older glibc and downloads the source distribution. Pin an older release, or "
                      "use a base image with glibc %3 or later.")
                       .arg(r.requirement.name, site.pin, glibcFloor);
        } else {
            f.message = tr("%1 has no aarch64 wheel on PyPI for %2: pip builds it from source on arm64")
                            .arg(requirementText(r), python);
            help = tr("PyPI lists no manylinux/musllinux aarch64 wheel of %1 %2 for that interpreter, so pip "
                      "downloads the source distribution and needs a compiler and headers on arm64.")
                       .arg(r.requirement.name, site.pin);
        }
        if (good) {
            QStringList versions;
            for (int minor : good->wheels.aarch64Pythons())
                versions.append(u"3." + QString::number(minor));
            help += u' ' + tr("%1 is the first release from the pin on with a suitable wheel (aarch64 wheels for "
                              "CPython %2).").arg(good->version, versions.join(QStringLiteral(", ")));
        } else {
            help += u' ' + tr("No release from %1 on has one.").arg(site.pin);
        }
        f.help = help + cacheNote(a.fromCache, a.fetched);
        // The knowledge base's pin may name a version without a wheel for this Python: re-pin.
        QList<Fix> others;
        for (const Fix &fix : std::as_const(f.fixes)) {
            const bool isPin = fix.edits.size() == 1 && within(fix.edits.first().range, span)
                && (fix.edits.first().newText.startsWith(u"==") || fix.edits.first().newText.front().isDigit());
            if (!isPin)
                others.append(fix);
        }
        f.fixes.clear();
        Fix pin;
        if (good && pinFix(r, good->version, tr("Pin %1 %2 (first release with an aarch64 wheel for %3)")
                                               .arg(r.requirement.name, good->version, python), &pin))
            f.fixes.append(pin);
        f.fixes.append(others);
        findings.append(f);
    }
    settle(status);
}

// Runs ARM201 again with go.dev's checksums, so its checksum fixes (`case "$TARGETARCH"`,
// the literal arm64 sum) exist for Go versions the bundled knowledge base does not list.
void applyGo(OnlineChecker::Run &run, QList<Finding> &findings)
{
    if (!run.goAnswer)
        return;
    OnlineSourceStatus &status = run.report.sources[QStringLiteral("go.dev")];
    const JsonAnswer &a = *run.goAnswer;
    count(status, a.ok(), a.fromCache, stateOf(a.problem), a.error);
    settle(status);
    if (!a.ok()) {
        for (int fi : std::as_const(run.goFiles)) {
            const QString &file = run.files.at(fi)->path;
            for (const Finding &f : std::as_const(findings))
                if (f.ruleId == u"ARM201"_s && f.file == file)
                    run.report.problems.append({file, f.range.line, tr("%1:%2: cannot read Go checksums from go.dev: %3")
                                                                         .arg(file).arg(f.range.line).arg(a.error)});
        }
        return;
    }
    const GoReleases releases = GoReleases::fromJson(a.body.toArray());
    QJsonArray kbReleases;
    for (const GoReleases::Release &r : releases.byVersion) {
        if (r.amd64Sha256.isEmpty() || r.arm64Sha256.isEmpty())
            continue;
        kbReleases.append(QJsonObject{{QStringLiteral("version"), r.version},
                                      {QStringLiteral("sha256"), QJsonObject{{QStringLiteral("linux-amd64"), r.amd64Sha256},
                                                                             {QStringLiteral("linux-arm64"), r.arm64Sha256}}},
                                      {QStringLiteral("source"), QStringLiteral("go.dev")}});
    }
    // GoTarballRule reads its checksums from a knowledge base; one made of go.dev's answer
    // reuses the rule's fix logic instead of copying it.
    QTemporaryDir dir;
    QFile goJson(dir.filePath(QStringLiteral("go.json")));
    if (!dir.isValid() || !goJson.open(QIODevice::WriteOnly))
        return;
    goJson.write(QJsonDocument(QJsonObject{{QStringLiteral("section"), QStringLiteral("go")},
                                           {QStringLiteral("version"), QStringLiteral("go.dev")},
                                           {QStringLiteral("releases"), kbReleases}})
                     .toJson(QJsonDocument::Compact));
    goJson.close();
    const KnowledgeBase goKb = KnowledgeBase::fromDirectory(dir.path());
    const GoTarballRule rule(goKb);
    const QString source = sourceName(QStringLiteral("go.dev"), a.fromCache);
    for (int fi : std::as_const(run.goFiles)) {
        const ParsedDockerfile &pf = *run.files.at(fi);
        const RuleContext ctx{pf.dockerfile, goKb, *run.project, pf.path, pf.shell};
        QList<Finding> fresh;
        rule.check(ctx, fresh);
        for (Finding &f : findings) {
            if (f.ruleId != u"ARM201"_s || f.file != pf.path)
                continue;
            const auto match = std::find_if(fresh.cbegin(), fresh.cend(), [&](const Finding &n) { return n.range == f.range; });
            if (match == fresh.cend())
                continue;
            const TextDocument &doc = pf.dockerfile.document();
            const QString name = doc.text().mid(doc.offsetOf(f.range.line, f.range.column),
                                                doc.offsetOf(f.range.endLine, f.range.endColumn)
                                                    - doc.offsetOf(f.range.line, f.range.column));
            const QRegularExpressionMatch m = GoTarballRule::tarballPattern().match(name);
            const QString version = pf.dockerfile.expand(m.captured(1), 0);
            bool changed = false;
            if (match->fixes.size() > f.fixes.size()
                || (match->fixes.size() == f.fixes.size() && !f.fixes.isEmpty()
                    && match->fixes.last().edits.size() > f.fixes.last().edits.size())) {
                f.fixes = match->fixes;
                changed = true;
            }
            const QString latest = releases.latestPatch(version);
            if (!latest.isEmpty() && compareVersions(latest, version) > 0) {
                f.help += u' ' + tr("Go %1 is the latest patch release of Go %2 (go.dev); consider it too.")
                                     .arg(latest, version.section(u'.', 0, 1));
                changed = true;
            }
            if (changed)
                f.source = source;
        }
    }
}

} // namespace

void applyOnlineAnswers(OnlineChecker::Run &run)
{
    QList<Finding> findings = run.report.result.findings;
    applyImages(run, findings);
    applyPython(run, findings);
    applyGo(run, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.range.line != b.range.line)
            return a.range.line < b.range.line;
        if (a.range.column != b.range.column)
            return a.range.column < b.range.column;
        return a.ruleId < b.ruleId;
    });
    run.report.result.findings = findings;
}

} // namespace Armlift
