#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// The ways to produce a multi-arch (linux/amd64 + linux/arm64) image that the planner writes.
enum class RecipeKind { Buildx, Buildah, Podman, GitHubActions, GitLabCi };

QString recipeKindName(RecipeKind kind);               // "buildx", "buildah", "podman", "github-actions", "gitlab-ci"
bool recipeKindFromName(const QString &name, RecipeKind *kind);
QList<RecipeKind> allRecipeKinds();
QString recipeTool(RecipeKind kind);                   // "docker", "buildah", "podman"; empty for CI files

struct RecipeOptions
{
    QString registry;   // host[/namespace]; empty: a placeholder
    QString image;      // repository name; empty: derived from the folder name
    QString tag;        // empty: "latest"
    QStringList platforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
    bool nativeArmRunners = true;  // CI recipes: native arm64 runners (GitHub ubuntu-24.04-arm, GitLab saas-linux-small-arm64) instead of QEMU
    QStringList toolOptions;       // global options right after the tool (buildah --root DIR …)
    QStringList buildOptions;      // extra options of each build command (--isolation chroot …)
};

// One image of the recipe: one per Dockerfile.
struct RecipeImage
{
    QString dockerfile;  // relative to the root, '/'-separated
    QString context;     // the Dockerfile's folder relative to the root; "." for the root
    QString name;        // repository name without registry and tag
    QString reference;   // registry/name:tag
};

// One command of a shell recipe, runnable by BuildRunner without a shell.
struct RecipeStep
{
    QString comment;
    QStringList argv;
    QStringList conditionArgv;      // run argv only when this succeeds (runIfCondition) or fails
    bool runIfCondition = false;
    bool pushes = false;            // talks to the registry
    QStringList localArgv;          // run instead of a pushing step for a local build; empty: skip
};

struct BuildRecipe
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::BuildRecipe)

public:
    RecipeKind kind = RecipeKind::Buildx;
    QString text;               // the script or CI file, complete
    QString fileName;           // suggested path relative to the root
    QList<RecipeImage> images;
    QList<RecipeStep> steps;    // shell kinds only
    QStringList placeholders;   // "registry.example.com (--registry HOST)": values Armlift made up
    QString error;              // set when no Dockerfile was found

    bool isValid() const { return error.isEmpty(); }

    // Writes a recipe for the Dockerfiles under `root` (or the given ones, relative to it).
    static BuildRecipe generate(RecipeKind kind, const QString &root, const RecipeOptions &options,
                                const QStringList &dockerfiles = {});
    // The images of the recipe: names derived from the folder and the Dockerfile's place.
    static QList<RecipeImage> imagesFor(const QString &root, const QStringList &dockerfiles,
                                        const RecipeOptions &options, QStringList *placeholders = nullptr);
    // A repository name from a folder or file name: lower case, [a-z0-9._-], never empty.
    static QString repositoryName(const QString &name);
    // A shell word for the command line (single quotes where needed).
    static QString shellQuote(const QString &word);
    static QString commandLine(const QStringList &argv);
};

} // namespace Armlift
