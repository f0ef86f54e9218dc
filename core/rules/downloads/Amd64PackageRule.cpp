#include "rules/downloads/Amd64PackageRule.h"

#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/downloads/ShellEdits.h"

#include <QJsonArray>

namespace Armlift {

using namespace Qt::StringLiterals;

using namespace Internal;

Amd64PackageRule::Amd64PackageRule(const KnowledgeBase &kb)
{
    const QJsonObject a = kb.section(QStringLiteral("artifacts"));
    for (const auto &v : a.value(u"artifacts").toArray()) {
        const QString p = v.toObject().value(u"pattern").toString();
        if (!p.isEmpty())
            m_artifactPatterns.append(QRegularExpression(p));
    }
    for (const auto &v : a.value(u"x86OnlyPackages").toArray())
        m_x86OnlyPackages.append(v.toObject().value(u"name").toString());
    for (const auto &v : a.value(u"foreignArchitectures").toArray())
        m_foreignArchitectures.append(v.toObject().value(u"name").toString());
}

RuleInfo Amd64PackageRule::info() const
{
    return {QStringLiteral("ARM203"), Severity::Error, tr("amd64 distribution package"),
            tr("An amd64 .deb/.rpm, the i386 architecture or an x86-only package is installed on every "
               "architecture.")};
}

void Amd64PackageRule::check(const RuleContext &context, QList<Finding> &out) const
{
    checkPackageFiles(context, out);
    checkCommands(context, out);
}

namespace {

struct PackageKind
{
    SiteNeedle literal;         // text every match contains: words without it are skipped cheaply
    QRegularExpression pattern; // group 1: the architecture
    QString arm64;              // empty: vendors spell the arm64 package differently, so no fix
    QString shellSpelling;      // portable spelling inside a shell command
    QString buildSpelling;      // portable spelling in ENV/ARG/ADD (empty: none)
};

const QList<PackageKind> &packageKinds()
{
    // The file name starts after a delimiter; the architecture is its last component.
    static const QList<PackageKind> kinds = {
        {SiteNeedle(QStringLiteral("_amd64.deb")),
         QRegularExpression(QStringLiteral(R"((?<![^\s/="'(])[A-Za-z0-9${}][^\s/"']*_(amd64)\.deb(?![A-Za-z0-9_]))")),
         QStringLiteral("arm64"), QStringLiteral("$(dpkg --print-architecture)"), QStringLiteral("${TARGETARCH}")},
        {SiteNeedle(QStringLiteral(".x86_64.rpm")),
         QRegularExpression(QStringLiteral(R"((?<![^\s/="'(])[A-Za-z0-9${}][^\s/"']*\.(x86_64)\.rpm(?![A-Za-z0-9_]))")),
         QStringLiteral("aarch64"), QStringLiteral("$(uname -m)"), QString()},
        // hugo_0.123.7_linux-amd64.deb, tool.amd64.deb: amd64 as the last component after - or .
        {SiteNeedle(QStringLiteral("amd64.deb")),
         QRegularExpression(QStringLiteral(R"((?<![^\s/="'(])[A-Za-z0-9${}][^\s/"']*[-.](amd64)\.deb(?![A-Za-z0-9_]))")),
         QStringLiteral("arm64"), QStringLiteral("$(dpkg --print-architecture)"), QStringLiteral("${TARGETARCH}")},
        // mongodb-database-tools-ubuntu2204-x86_64-100.9.4.deb, tool_1.0_x86_64.deb: Debian packages
        // named with x86_64, whose arm64 build some vendors call arm64 and others aarch64.
        {SiteNeedle(QStringLiteral("x86_64")),
         QRegularExpression(QStringLiteral(R"((?<![^\s/="'(])[A-Za-z0-9${}][^\s/"']*[-_.](x86_64)(?:[-_.][^\s/"']*)?\.deb(?![A-Za-z0-9_]))")),
         QString(), QString(), QString()},
        // mongodb-database-tools-rhel80-x86_64-100.9.4.rpm, tool_1.0_x86_64.rpm
        {SiteNeedle(QStringLiteral("x86_64")),
         QRegularExpression(QStringLiteral(R"((?<![^\s/="'(])[A-Za-z0-9${}][^\s/"']*[-_](x86_64)(?:[-_.][^\s/"']*)?\.rpm(?![A-Za-z0-9_]))")),
         QString(), QString(), QString()},
    };
    return kinds;
}

struct Occurrence
{
    const TextSite *site = nullptr;
    SiteMatch match;
};

} // namespace

void Amd64PackageRule::checkPackageFiles(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const QList<TextSite> sites = collectSites(context);
    for (const PackageKind &kind : packageKinds()) {
        QList<QPair<int, QString>> keys; // (stage, file name) in order of appearance
        QHash<QPair<int, QString>, QList<Occurrence>> groups;
        for (const TextSite &site : sites) {
            const QStringView raw = site.raw();
            if (!site.contains(kind.literal) || mentionsArchVariable(raw))
                continue;
            if (std::any_of(m_artifactPatterns.cbegin(), m_artifactPatterns.cend(),
                            [&](const QRegularExpression &re) { return re.matchView(raw).hasMatch(); }))
                continue; // a known x86-only artefact: ARM601 explains it
            for (const SiteMatch &m : matchSite(site, kind.pattern)) {
                const QPair<int, QString> key{site.stage, m.matched};
                if (!groups.contains(key))
                    keys.append(key);
                groups[key].append({&site, m});
            }
        }
        for (const auto &key : keys) {
            const QList<Occurrence> occ = groups.value(key);
            const Occurrence &first = occ.first();
            // The arm64 package fetched too somewhere in the stage: something else picks one.
            auto armNameWith = [&](const QString &spelling) {
                QString name = key.second;
                name.replace(first.match.capStart - first.match.start, first.match.capEnd - first.match.capStart,
                             spelling);
                return name;
            };
            const QString armName = armNameWith(kind.arm64.isEmpty() ? QStringLiteral("arm64") : kind.arm64);
            if (stageMentions(context, key.first, armName)
                || (kind.arm64.isEmpty() && stageMentions(context, key.first, armNameWith(QStringLiteral("aarch64")))))
                continue;
            const Occurrence *primary = &first;
            for (const Occurrence &o : occ)
                if (o.site->raw().contains(u"://")) {
                    primary = &o;
                    break;
                }
            Finding f = makeFinding(info(), context.file,
                                    rangeIn(df, *primary->site->text, primary->match.start, primary->match.end),
                                    tr("%1 is an amd64 package: it does not install on arm64.").arg(key.second),
                                    kind.arm64.isEmpty()
                                        ? tr("Install the vendor's arm64 package on arm64: where this name says %1, "
                                             "vendors write arm64 or aarch64, so choose the name from $(uname -m) or "
                                             "TARGETARCH after checking the release page.")
                                              .arg(first.match.captured)
                                        : tr("Name the package after the architecture being built, and check that the "
                                             "vendor publishes an arm64 package (%1).")
                                              .arg(armName));
            if (kind.arm64.isEmpty()) {
                out.append(f);
                continue;
            }
            bool portableOk = true;
            bool needsArg = false;
            QList<TextEdit> portable;
            QList<TextEdit> literal;
            for (const Occurrence &o : occ) {
                const TextSite &s = *o.site;
                const QString repl = s.isShell() ? kind.shellSpelling : kind.buildSpelling;
                portableOk = portableOk && !repl.isEmpty() && s.expandsAt(o.match.capStart);
                needsArg = needsArg || repl.contains(u"TARGETARCH");
                portable.append(siteEdit(df, context.file, s, o.match.capStart, o.match.capEnd, repl));
                literal.append(siteEdit(df, context.file, s, o.match.capStart, o.match.capEnd, kind.arm64));
            }
            TextEdit argEdit;
            if (needsArg && declareArgEdit(df, context.file, first.site->instruction, QStringLiteral("TARGETARCH"),
                                           &argEdit))
                portable.prepend(argEdit);
            if (portableOk) {
                Fix fix;
                fix.title = tr("Use %1 in the package name").arg(kind.shellSpelling);
                fix.edits = portable;
                f.fixes.append(fix);
            }
            Fix lit;
            lit.title = tr("Use the arm64 package (%1)").arg(armName);
            lit.edits = literal;
            f.fixes.append(lit);
            out.append(f);
        }
    }
}

void Amd64PackageRule::checkCommands(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const auto &ins = df.instructions();
    for (const ShellSource &src : context.shell) {
        const int stage = ins.at(src.instruction).stage;
        if (stagePinnedToConstantPlatform(df, stage))
            continue;
        for (int c = 0; c < src.commands.size(); ++c) {
            const ShellCommand &cmd = src.commands.at(c);
            const int n = cmd.nameIndex();
            if (cmd.archConditional || n < 0)
                continue;
            const QStringView name = cmd.nameView();
            const auto &w = cmd.words;
            if (name == u"dpkg"_s) {
                for (int i = n + 1; i < w.size(); ++i) {
                    QString arch;
                    int last = i;
                    if (w.at(i).value == u"--add-architecture"_s && i + 1 < w.size()) {
                        arch = w.at(i + 1).value;
                        last = i + 1;
                    } else if (w.at(i).value.startsWith(u"--add-architecture=")) {
                        arch = w.at(i).value.section(u'=', 1);
                    }
                    if (!m_foreignArchitectures.contains(arch))
                        continue;
                    Finding f = makeFinding(
                        info(), context.file, rangeIn(df, src.text, w.at(i).start, w.at(last).end),
                        tr("The %1 architecture is x86: its packages cannot run on arm64, and Ubuntu's ports "
                           "mirror has no %1 indexes.")
                            .arg(arch),
                        tr("Remove `dpkg --add-architecture %1` and the :%1 packages, or keep this stage on "
                           "amd64 if it really needs 32-bit x86 binaries.")
                            .arg(arch));
                    // Removing it is only safe when nothing installs :i386 packages afterwards.
                    TextEdit e;
                    if (!stageMentions(context, stage, QString(u':' + arch))
                        && removeCommandEdit(df, context.file, src, c, &e)) {
                        Fix fix;
                        fix.title = tr("Remove `dpkg --add-architecture %1`").arg(arch);
                        fix.edits = {e};
                        f.fixes.append(fix);
                    }
                    out.append(f);
                    break;
                }
                continue;
            }
            if (name != u"apt-get"_s && name != u"apt"_s && name != u"aptitude"_s)
                continue;
            int install = -1;
            for (int i = n + 1; i < w.size(); ++i)
                if (w.at(i).value == u"install"_s) {
                    install = i;
                    break;
                }
            if (install < 0)
                continue;
            int packages = 0;
            for (int i = install + 1; i < w.size(); ++i)
                if (!w.at(i).value.startsWith(u'-'))
                    ++packages;
            for (int i = install + 1; i < w.size(); ++i) {
                const QStringView package = aptPackageName(w.at(i).value);
                if (!m_x86OnlyPackages.contains(package))
                    continue;
                const QString pkg = package.toString();
                Finding f = makeFinding(info(), context.file, rangeIn(df, src.text, w.at(i).start, w.at(i).end),
                                        tr("%1 builds 32-bit x86 code and has no arm64 package: apt-get install "
                                           "fails on arm64.")
                                            .arg(pkg),
                                        tr("Remove %1; code that needs -m32 must be built for the native "
                                           "architecture instead.")
                                            .arg(pkg));
                if (packages > 1 && !src.execForm) { // exec form: removing a JSON string is not a blank-separated word
                    Fix fix;
                    fix.title = tr("Remove %1 from the install list").arg(pkg);
                    fix.edits = {removeWordEdit(df, context.file, src, cmd, i)};
                    f.fixes.append(fix);
                    --packages;
                }
                out.append(f);
            }
        }
    }
}

} // namespace Armlift
