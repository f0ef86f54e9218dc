#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/python/BuildContextPaths.h"
#include "rules/ruby/RubyRules.h"
#include "scan/ProjectFiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

template<typename T>
std::shared_ptr<const T> parsed(const RuleContext &ctx, const QString &path)
{
    if (path.isEmpty() || !ctx.project.isFile(path))
        return nullptr;
    QString text, error;
    if (!ctx.project.readText(path, &text, &error)) {
        ctx.project.addError({path, 0, error});
        return nullptr;
    }
    auto result = std::make_shared<const T>(T::parse(path, text));
    // The scan's file list (JSON "files") names every manifest a rule reads.
    ctx.project.noteUsed(path, path.endsWith(u".lock") ? u"gemfile-lock"_s : u"gemfile"_s);
    if constexpr (requires { result->error; }) {
        if (!result->error.isEmpty())
            ctx.project.addError({path, 0, result->error.startsWith(path) ? result->error : path + u": "_s + result->error});
    }
    return result;
}

// `gem install nokogiri -v 1.10.10`, `gem install nokogiri:1.10.10`, `--version '~> 1.10'`.
bool readGemInstall(const ShellCommand &cmd, BundleInstall *in)
{
    const int n = cmd.nameIndex();
    if (n < 0 || cmd.nameView() != u"gem"_s || n + 1 >= cmd.words.size() || cmd.words.at(n + 1).value != u"install"_s)
        return false;
    for (int i = n + 2; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if ((w == u"-v"_s || w == u"--version"_s) && i + 1 < cmd.words.size()) {
            in->versionWord = i + 1;
            in->versionStart = 0;
            in->gemVersion = cmd.words.at(i + 1).value;
            ++i;
        } else if (w.startsWith(u"--version=")) {
            in->versionWord = i;
            in->versionStart = 10;
            in->gemVersion = w.mid(10);
        } else if (!w.startsWith(u'-') && in->gemName.isEmpty()) {
            const int colon = int(w.indexOf(u':'));
            in->gemName = colon < 0 ? w : w.left(colon);
            if (colon >= 0) {
                in->versionWord = i;
                in->versionStart = colon + 1;
                in->gemVersion = w.mid(colon + 1);
            }
        } else if (w == u"--platform"_s || w == u"-i"_s || w == u"--install-dir"_s || w == u"--source"_s || w == u"-s"_s) {
            ++i;
        }
    }
    return !in->gemName.isEmpty() && !in->gemName.contains(u'$');
}

bool isBundleInstall(const ShellCommand &cmd)
{
    const int n = cmd.nameIndex();
    if (n < 0)
        return false;
    const QString name = cmd.name();
    if (name != u"bundle"_s && name != u"bundler"_s)
        return false;
    int i = n + 1;
    while (i < cmd.words.size() && cmd.words.at(i).value.startsWith(u'-'))
        ++i;
    return i >= cmd.words.size() || cmd.words.at(i).value == u"install"_s;
}

} // namespace

bool RubyKnowledge::GemFact::isBad(const QString &version) const
{
    if (allVersions)
        return true;
    if (!firstGood.isEmpty() && badVersions.isEmpty() && GemVersion::compare(version, firstGood) < 0)
        return true;
    if (!badThrough.isEmpty() && GemVersion::compare(version, badThrough) <= 0)
        return true;
    for (const QString &b : badVersions)
        if (GemVersion::compare(version, b) == 0)
            return true;
    return false;
}

bool RubyKnowledge::GemFact::requirementsBlock(const QStringList &requirements) const
{
    if (allVersions)
        return true;
    // An exact pin: its version decides.
    static const QRegularExpression exact(u"^\\s*=?\\s*([0-9][0-9A-Za-z.]*)\\s*$"_s);
    for (const QString &r : requirements)
        if (const auto m = exact.match(r); m.hasMatch())
            return isBad(m.captured(1));
    if (!firstGood.isEmpty() && badVersions.isEmpty())
        return !GemVersion::allowsAtLeast(requirements, firstGood);
    if (!badThrough.isEmpty())
        return !GemVersion::allowsAtLeast(requirements, badThrough + u".1"_s);
    return false;
}

RubyKnowledge RubyKnowledge::load(const KnowledgeBase &kb)
{
    RubyKnowledge k;
    const QJsonObject section = kb.section(u"ruby"_s);
    for (const QJsonValue &v : section.value(u"nativeGems").toArray()) {
        const QJsonObject o = v.toObject();
        GemFact f;
        f.name = o.value(u"name").toString();
        f.allVersions = o.value(u"allVersions").toBool();
        f.firstGood = o.value(u"firstGood").toString();
        f.badThrough = o.value(u"badThrough").toString();
        f.badVersions = strings(o.value(u"badVersions"));
        f.noPin = o.value(u"noPin").toBool();
        f.replacement = o.value(u"replacement").toString();
        f.why = o.value(u"why").toString();
        f.help = o.value(u"help").toString();
        f.source = o.value(u"source").toString();
        f.buildDeps = readBuildDeps(o.value(u"buildDeps"));
        if (!f.name.isEmpty())
            k.gems.append(f);
    }
    const QJsonObject lp = section.value(u"lockPlatforms").toObject();
    k.arm64Platforms = strings(lp.value(u"arm64"));
    k.lockCommand = lp.value(u"command").toString();
    k.lockWhy = lp.value(u"why").toString();
    k.lockSource = lp.value(u"source").toString();
    k.compilerImages = CompilerImages::read(section.value(u"imagesWithCompilers"));
    return k;
}

QList<BundleInstall> collectBundleInstalls(const RuleContext &ctx)
{
    QList<BundleInstall> out;
    const Dockerfile &df = ctx.dockerfile;
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (int ci = 0; ci < src.commands.size(); ++ci) {
            const ShellCommand &cmd = src.commands.at(ci);
            if (cmd.archConditional)
                continue;
            BundleInstall in;
            in.source = s;
            in.command = ci;
            in.instruction = src.instruction;
            in.stage = df.instructions().at(src.instruction).stage;
            if (readGemInstall(cmd, &in)) {
                out.append(in);
                continue;
            }
            if (!isBundleInstall(cmd))
                continue;
            QString gemfile = df.valueOf(u"BUNDLE_GEMFILE"_s, src.instruction);
            if (gemfile.isEmpty() || gemfile.contains(u'$'))
                gemfile = u"Gemfile"_s;
            in.gemfile = parsed<Gemfile>(ctx, contextPathOf(ctx, src, ci, gemfile));
            in.lock = parsed<GemfileLock>(ctx, contextPathOf(ctx, src, ci, gemfile + u".lock"_s));
            if (in.gemfile || in.lock)
                out.append(in);
        }
    }
    return out;
}

} // namespace Armlift
