#include "recipes/BuildRecipe.h"

#include "recipes/RecipeWriters.h"
#include "scan/ProjectConfig.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// RFC 2606 reserves example.com: a registry nobody can push to by accident.
const QString placeholderRegistry = u"registry.example.com"_s;

} // namespace

QString recipeKindName(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::Buildx: return u"buildx"_s;
    case RecipeKind::Buildah: return u"buildah"_s;
    case RecipeKind::Podman: return u"podman"_s;
    case RecipeKind::GitHubActions: return u"github-actions"_s;
    case RecipeKind::GitLabCi: return u"gitlab-ci"_s;
    }
    return {};
}

bool recipeKindFromName(const QString &name, RecipeKind *kind)
{
    for (RecipeKind k : allRecipeKinds())
        if (recipeKindName(k) == name.trimmed().toLower()) {
            *kind = k;
            return true;
        }
    return false;
}

QList<RecipeKind> allRecipeKinds()
{
    return {RecipeKind::Buildx, RecipeKind::Buildah, RecipeKind::Podman, RecipeKind::GitHubActions,
            RecipeKind::GitLabCi};
}

QString recipeTool(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::Buildx: return u"docker"_s;
    case RecipeKind::Buildah: return u"buildah"_s;
    case RecipeKind::Podman: return u"podman"_s;
    case RecipeKind::GitHubActions:
    case RecipeKind::GitLabCi: break;
    }
    return {};
}

QString BuildRecipe::repositoryName(const QString &name)
{
    static const QRegularExpression invalid(u"[^a-z0-9._-]+"_s);
    static const QRegularExpression edges(u"^[._-]+|[._-]+$"_s);
    QString n = name.toLower();
    n.replace(invalid, u"-"_s);
    n.remove(edges);
    return n.isEmpty() ? u"app"_s : n;
}

QString BuildRecipe::shellQuote(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=,@%+-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString BuildRecipe::commandLine(const QStringList &argv)
{
    QStringList words;
    for (const QString &w : argv)
        words.append(shellQuote(w));
    return words.join(u' ');
}

QList<RecipeImage> BuildRecipe::imagesFor(const QString &root, const QStringList &dockerfiles,
                                          const RecipeOptions &options, QStringList *placeholders)
{
    const QFileInfo rootInfo(root);
    const QString folder = rootInfo.isFile() ? rootInfo.absoluteDir().dirName() : QDir(rootInfo.absoluteFilePath()).dirName();
    const QString base = options.image.isEmpty() ? repositoryName(folder) : options.image.trimmed();
    const QString registry = options.registry.isEmpty() ? placeholderRegistry : options.registry.trimmed();
    const QString tag = options.tag.isEmpty() ? u"latest"_s : options.tag.trimmed();
    if (placeholders) {
        if (options.registry.isEmpty())
            placeholders->append(tr("%1 (the registry: --registry HOST)").arg(registry));
        if (options.image.isEmpty())
            placeholders->append(tr("%1 (the image name, from the folder name: --image NAME)").arg(base));
        if (options.tag.isEmpty())
            placeholders->append(tr("%1 (the tag: --tag TAG)").arg(tag));
    }
    QList<RecipeImage> images;
    for (const QString &path : dockerfiles) {
        RecipeImage img;
        img.dockerfile = QDir::cleanPath(path);
        const QString dir = QFileInfo(img.dockerfile).path();
        img.context = dir.isEmpty() ? u"."_s : dir;
        // api/Dockerfile -> base-api; Dockerfile.worker and worker.Dockerfile -> base-worker.
        QStringList parts;
        if (img.context != u"."_s)
            parts << img.context.split(u'/', Qt::SkipEmptyParts);
        const QString file = QFileInfo(img.dockerfile).fileName();
        const QString lower = file.toLower();
        if (lower.startsWith(u"dockerfile.") || lower.startsWith(u"containerfile."))
            parts << file.section(u'.', 1);
        else if (lower.endsWith(u".dockerfile") || lower.endsWith(u".containerfile"))
            parts << file.section(u'.', 0, -2);
        img.name = parts.isEmpty() ? base : base + u'-' + repositoryName(parts.join(u'-'));
        img.reference = registry + u'/' + img.name + u':' + tag;
        images.append(img);
    }
    return images;
}

BuildRecipe BuildRecipe::generate(RecipeKind kind, const QString &root, const RecipeOptions &options,
                                  const QStringList &dockerfiles)
{
    BuildRecipe recipe;
    recipe.kind = kind;
    QStringList files = dockerfiles;
    const QFileInfo rootInfo(root);
    QString folder = root;
    if (rootInfo.isFile()) {
        folder = rootInfo.absolutePath();
        if (files.isEmpty())
            files = {rootInfo.fileName()};
    } else if (files.isEmpty()) {
        files = ProjectScanner::findDockerfiles(root, ProjectConfig{});
    }
    if (files.isEmpty()) {
        recipe.error = tr("No Dockerfile or Containerfile found in %1.").arg(QDir::toNativeSeparators(root));
        return recipe;
    }
    Internal::RecipeInput in;
    in.projectName = QDir(QFileInfo(folder).absoluteFilePath()).dirName();
    in.registry = options.registry.isEmpty() ? placeholderRegistry : options.registry.trimmed();
    in.tag = options.tag.isEmpty() ? u"latest"_s : options.tag.trimmed();
    in.options = options;
    in.images = imagesFor(folder, files, options, &recipe.placeholders);
    recipe.images = in.images;
    switch (kind) {
    case RecipeKind::Buildx: Internal::writeBuildx(in, recipe); break;
    case RecipeKind::Buildah: Internal::writeBuildah(in, recipe); break;
    case RecipeKind::Podman: Internal::writePodman(in, recipe); break;
    case RecipeKind::GitHubActions: Internal::writeGitHubActions(in, recipe); break;
    case RecipeKind::GitLabCi: Internal::writeGitLabCi(in, recipe); break;
    }
    return recipe;
}

namespace Internal {

QString commentLines(const QString &text)
{
    QStringList lines;
    for (const QString &l : text.split(u'\n'))
        lines.append(l.isEmpty() ? u"#"_s : u"# "_s + l);
    return lines.join(u'\n') + u'\n';
}

QString platformArch(const QString &platform)
{
    return platform.section(u'/', 1, 1);
}

QString platformVariant(const QString &platform)
{
    return platform.section(u'/', 2, 2);
}

namespace {

QStringList tool(const RecipeInput &in, const QString &program, const QStringList &args)
{
    return QStringList{program} + in.options.toolOptions + args;
}

// The script: a header that says what it does and what to replace, then one block per step.
QString script(const RecipeInput &in, const BuildRecipe &out, const QString &what)
{
    QString s = u"#!/bin/sh\n"_s;
    s += commentLines(what);
    s += commentLines(BuildRecipe::tr("Generated by Armlift for %1 (%2).")
                          .arg(in.projectName, in.options.platforms.join(u", "_s)));
    if (!out.placeholders.isEmpty())
        s += commentLines(BuildRecipe::tr("Placeholders to replace:\n  %1").arg(out.placeholders.join(u"\n  "_s)));
    s += u"set -eu\ncd \"$(dirname \"$0\")\"\n"_s;
    for (const RecipeStep &step : out.steps) {
        s += u'\n';
        if (!step.comment.isEmpty())
            s += commentLines(step.comment);
        if (!step.conditionArgv.isEmpty())
            s += BuildRecipe::commandLine(step.conditionArgv) + u" >/dev/null 2>&1 "_s
                + (step.runIfCondition ? u"&& "_s : u"|| "_s);
        s += BuildRecipe::commandLine(step.argv) + u'\n';
    }
    return s;
}

} // namespace

void writeBuildx(const RecipeInput &in, BuildRecipe &out)
{
    const QString builder = u"armlift-multiarch"_s;
    out.fileName = u"build-multiarch-buildx.sh"_s;
    RecipeStep create;
    create.comment = BuildRecipe::tr("A docker-container builder: the default docker driver cannot push a "
                                     "multi-platform image. Created once, reused later.");
    create.conditionArgv = tool(in, u"docker"_s, {u"buildx"_s, u"inspect"_s, builder});
    create.argv = tool(in, u"docker"_s, {u"buildx"_s, u"create"_s, u"--name"_s, builder, u"--driver"_s,
                                         u"docker-container"_s});
    out.steps.append(create);
    RecipeStep qemu;
    qemu.comment = BuildRecipe::tr("QEMU for RUN steps of the other architecture (Docker Desktop has it). Stages on "
                                   "$BUILDPLATFORM that cross-compile do not need it, and they are much faster.");
    qemu.conditionArgv = {u"test"_s, u"-e"_s, u"/proc/sys/fs/binfmt_misc/qemu-aarch64"_s};
    qemu.argv = tool(in, u"docker"_s, {u"run"_s, u"--privileged"_s, u"--rm"_s, u"tonistiigi/binfmt"_s,
                                       u"--install"_s, u"arm64,amd64"_s});
    out.steps.append(qemu);
    for (const RecipeImage &img : in.images) {
        RecipeStep build;
        build.comment = BuildRecipe::tr("%1: build every platform and push one multi-arch tag.").arg(img.dockerfile);
        const QStringList args = QStringList{u"buildx"_s, u"build"_s, u"--builder"_s, builder, u"--platform"_s,
                                             in.options.platforms.join(u','), u"--file"_s, img.dockerfile,
                                             u"--tag"_s, img.reference}
            + in.options.buildOptions;
        build.argv = tool(in, u"docker"_s, args + QStringList{u"--push"_s, img.context});
        build.localArgv = tool(in, u"docker"_s, args + QStringList{img.context});
        build.pushes = true;
        out.steps.append(build);
    }
    out.text = script(in, out, BuildRecipe::tr("Builds and pushes a multi-arch image with docker buildx."));
}

// buildah and podman share the talk's manifest-list recipe; buildah builds one --arch at a
// time (as in the talk), podman builds all platforms in one call.
static void writeManifestRecipe(const RecipeInput &in, BuildRecipe &out, const QString &program)
{
    const bool buildah = program == u"buildah"_s;
    out.fileName = u"build-multiarch-%1.sh"_s.arg(program);
    for (const RecipeImage &img : in.images) {
        const QString manifest = img.name + u"-multiarch"_s;
        RecipeStep clear;
        clear.comment = BuildRecipe::tr("%1: start from an empty manifest list.").arg(img.dockerfile);
        clear.conditionArgv = tool(in, program, {u"manifest"_s, u"exists"_s, manifest});
        clear.runIfCondition = true;
        clear.argv = tool(in, program, {u"manifest"_s, u"rm"_s, manifest});
        out.steps.append(clear);
        RecipeStep create;
        create.comment = BuildRecipe::tr("Create a multi-architecture manifest.");
        create.argv = tool(in, program, {u"manifest"_s, u"create"_s, manifest});
        out.steps.append(create);
        if (buildah) {
            for (const QString &platform : in.options.platforms) {
                RecipeStep bud;
                bud.comment = BuildRecipe::tr("Build the %1 image into the manifest.").arg(platform);
                QStringList args = {u"bud"_s, u"--tag"_s, img.reference, u"--manifest"_s, manifest,
                                    u"--arch"_s, platformArch(platform)};
                if (!platformVariant(platform).isEmpty())
                    args << u"--variant"_s << platformVariant(platform);
                args << in.options.buildOptions << u"--file"_s << img.dockerfile << img.context;
                bud.argv = tool(in, program, args);
                out.steps.append(bud);
            }
        } else {
            RecipeStep build;
            build.comment = BuildRecipe::tr("Build every platform into the manifest.");
            build.argv = tool(in, program,
                              QStringList{u"build"_s, u"--platform"_s, in.options.platforms.join(u','),
                                          u"--manifest"_s, manifest}
                                  + in.options.buildOptions
                                  + QStringList{u"--file"_s, img.dockerfile, img.context});
            out.steps.append(build);
        }
        RecipeStep push;
        push.comment = BuildRecipe::tr("Push the full manifest, with every architecture.");
        push.argv = tool(in, program, {u"manifest"_s, u"push"_s, u"--all"_s, manifest, u"docker://"_s + img.reference});
        push.pushes = true;
        out.steps.append(push);
    }
    const QString what = buildah
        ? BuildRecipe::tr("Builds and pushes a multi-arch image with buildah, the recipe of the migration talk "
                          "(buildah manifest create, buildah bud --arch, buildah manifest push --all). RUN steps of "
                          "the other architecture need qemu-user-static.")
        : BuildRecipe::tr("Builds and pushes a multi-arch image with podman (podman build --platform --manifest, "
                          "podman manifest push --all). RUN steps of the other architecture need qemu-user-static.");
    out.text = script(in, out, what);
}

void writeBuildah(const RecipeInput &in, BuildRecipe &out)
{
    writeManifestRecipe(in, out, u"buildah"_s);
}

void writePodman(const RecipeInput &in, BuildRecipe &out)
{
    writeManifestRecipe(in, out, u"podman"_s);
}

} // namespace Internal
} // namespace Armlift
