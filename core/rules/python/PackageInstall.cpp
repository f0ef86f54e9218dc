#include "rules/python/PackageInstall.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString managerOf(const ShellCommand &c, int *firstArg)
{
    const int n = c.nameIndex();
    if (n < 0)
        return {};
    const QStringView name = c.nameView();
    QString manager;
    QString sub;
    if (name == u"apt-get"_s || name == u"apt"_s || name == u"aptitude"_s) {
        manager = QStringLiteral("apt");
        sub = QStringLiteral("install");
    } else if (name == u"apk"_s) {
        manager = QStringLiteral("apk");
        sub = QStringLiteral("add");
    } else if (name == u"yum"_s || name == u"dnf"_s || name == u"microdnf"_s || name == u"tdnf"_s) {
        manager = QStringLiteral("rpm");
        sub = QStringLiteral("install");
    } else {
        return {};
    }
    for (int i = n + 1; i < c.words.size(); ++i) {
        if (c.words.at(i).value == sub) {
            *firstArg = i + 1;
            return manager;
        }
        if (!c.words.at(i).value.startsWith(u'-'))
            return {};
    }
    return {};
}

bool stageUsesAlpine(const QString &image)
{
    return image.contains(u"alpine");
}

bool stageUsesRpm(const QString &image)
{
    static const QRegularExpression rpm(
        QStringLiteral("(^|/)(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|ubi[0-9]*|ubi-minimal|rhel[0-9]*|photon|opensuse)[:/@]|(^|/)(centos|fedora|amazonlinux)$"));
    return rpm.match(image).hasMatch();
}

} // namespace

namespace {

// Every install command of the Dockerfile, in the order of its shell sources.
QList<InstallCommand> readInstallCommands(const RuleContext &ctx)
{
    QList<InstallCommand> out;
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (int ci = 0; ci < src.commands.size(); ++ci) {
            const ShellCommand &c = src.commands.at(ci);
            int first = -1;
            const QString manager = managerOf(c, &first);
            if (manager.isEmpty() || c.archConditional)
                continue;
            InstallCommand ic;
            ic.source = s;
            ic.command = ci;
            ic.instruction = src.instruction;
            ic.manager = manager;
            ic.lastWord = int(c.words.size()) - 1;
            ic.packages.reserve(c.words.size() - first);
            static const QRegularExpression version(QStringLiteral("[=<>~].*$"));
            for (int i = first; i < c.words.size(); ++i) {
                const QString &w = c.words.at(i).value;
                if (w == u"-t"_s || w == u"-o"_s || w == u"--target-release"_s || w == u"--repository"_s || w == u"-X"_s) {
                    ++i;
                    continue;
                }
                if (w.startsWith(u'-'))
                    continue;
                const bool versioned = std::any_of(w.cbegin(), w.cend(), [](QChar ch) {
                    return ch == u'=' || ch == u'<' || ch == u'>' || ch == u'~';
                });
                ic.packages.append(versioned ? QString(w).remove(version) : w);
            }
            out.append(ic);
        }
    }
    return out;
}

// Read once per lint: every requirement and every fix asks for the commands before some instruction.
const QList<InstallCommand> &allInstallCommands(const RuleContext &ctx)
{
    static const char key = 0;
    auto &cached = ctx.derived.slot<std::optional<QList<InstallCommand>>>(&key);
    if (!cached)
        cached = readInstallCommands(ctx);
    return *cached;
}

QList<InstallCommand> gatherInstallCommands(const RuleContext &ctx, int index)
{
    QList<InstallCommand> out;
    const Dockerfile &df = ctx.dockerfile;
    const auto &ins = df.instructions();
    if (index < 0 || index >= ins.size())
        return out;
    QList<int> chain;
    for (int s = ins.at(index).stage; s >= 0 && !chain.contains(s);) {
        chain.append(s);
        const int parent = df.stages().at(s).baseStage;
        s = parent < s ? parent : -1;
    }
    for (const InstallCommand &ic : allInstallCommands(ctx)) {
        if (ic.instruction <= index && chain.contains(ins.at(ic.instruction).stage))
            out.append(ic);
    }
    return out;
}

QString findPackageManager(const RuleContext &ctx, int index)
{
    const QList<InstallCommand> commands = installCommandsBefore(ctx, index);
    if (!commands.isEmpty())
        return commands.last().manager == u"rpm"_s ? QString() : commands.last().manager;
    const int stage = ctx.dockerfile.instructions().at(index).stage;
    const QString image = baseImageOf(ctx.dockerfile, stage);
    if (image.isEmpty() || image.contains(u'$') || image == u"scratch"_s || stageUsesRpm(image))
        return {};
    return stageUsesAlpine(image) ? QStringLiteral("apk") : QStringLiteral("apt");
}

} // namespace

QList<InstallCommand> installCommandsBefore(const RuleContext &ctx, int index)
{
    // Asked for each requirement and each fix: remember the answer per instruction.
    static const char key = 0;
    auto &cache = ctx.derived.slot<QHash<int, QList<InstallCommand>>>(&key);
    auto it = cache.constFind(index);
    if (it == cache.cend())
        it = cache.insert(index, gatherInstallCommands(ctx, index));
    return *it;
}

bool installsAnyOf(const QList<InstallCommand> &commands, const QStringList &names)
{
    for (const InstallCommand &c : commands) {
        for (const QString &p : c.packages) {
            if (names.contains(p))
                return true;
        }
    }
    return false;
}

QString packageManagerOf(const RuleContext &ctx, int index)
{
    // Asked for each requirement and each fix of a stage: remember the answer per instruction.
    static const char key = 0;
    auto &cache = ctx.derived.slot<QHash<int, QString>>(&key);
    auto it = cache.constFind(index);
    if (it == cache.cend())
        it = cache.insert(index, findPackageManager(ctx, index));
    return *it;
}

bool addPackagesEdit(const RuleContext &ctx, int index, const QStringList &packages, TextEdit *edit)
{
    const Dockerfile &df = ctx.dockerfile;
    const QString manager = packageManagerOf(ctx, index);
    if (manager.isEmpty() || packages.isEmpty())
        return false;
    const int stage = df.instructions().at(index).stage;
    const QList<InstallCommand> commands = installCommandsBefore(ctx, index);
    for (qsizetype k = commands.size() - 1; k >= 0; --k) {
        const InstallCommand &c = commands.at(k);
        if (c.manager != manager || df.instructions().at(c.instruction).stage != stage)
            continue;
        QStringList missing;
        missing.reserve(packages.size());
        for (const QString &p : packages) {
            if (!c.packages.contains(p))
                missing.append(p);
        }
        if (missing.isEmpty())
            return false;
        const ShellSource &src = ctx.shell.at(c.source);
        const ShellWord &last = src.commands.at(c.command).words.at(c.lastWord);
        *edit = replaceIn(df, ctx.file, src.text, last.end, last.end, u' ' + missing.join(u' '));
        return true;
    }
    QString line;
    if (manager == u"apk"_s)
        line = QStringLiteral("RUN apk add --no-cache ") + packages.join(u' ');
    else
        line = QStringLiteral("RUN apt-get update && apt-get install -y --no-install-recommends ") + packages.join(u' ')
            + QStringLiteral(" && rm -rf /var/lib/apt/lists/*");
    if (index <= df.stages().at(stage).fromInstruction)
        return false;
    *edit = insertLineAfter(df, ctx.file, index - 1, line);
    return true;
}

} // namespace Armlift
