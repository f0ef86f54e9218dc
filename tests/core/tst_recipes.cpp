// Multi-arch build recipes: every recipe's commands, names and placeholders, the CLI entry.
#include "recipes/BuildRecipe.h"
#include "recipes/RecipeCommand.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;

class TestRecipes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void names();
    void imagesAndPlaceholders();
    void buildx();
    void buildah();
    void podman();
    void shellRecipesParse_data();
    void shellRecipesParse();
    void githubActionsNative();
    void githubActionsQemu();
    void gitlabCi();
    void gitlabCiNative();
    void noDockerfile();
    void command();

private:
    QTemporaryDir m_tmp;
    QString m_root;        // "My Shop": Dockerfile, api/Dockerfile, Dockerfile.worker
    QString m_single;      // "svc": one Dockerfile
};

static void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

static RecipeOptions given()
{
    RecipeOptions o;
    o.registry = u"ghcr.io/acme"_s;
    o.image = u"shop"_s;
    o.tag = u"1.2.0"_s;
    return o;
}

void TestRecipes::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.filePath(u"My Shop"_s);
    write(m_root + u"/Dockerfile"_s, "FROM scratch\n");
    write(m_root + u"/api/Dockerfile"_s, "FROM scratch\n");
    write(m_root + u"/Dockerfile.worker"_s, "FROM scratch\n");
    m_single = m_tmp.filePath(u"svc"_s);
    write(m_single + u"/Dockerfile"_s, "FROM scratch\n");
}

void TestRecipes::names()
{
    QStringList names;
    for (RecipeKind k : allRecipeKinds()) {
        names << recipeKindName(k);
        RecipeKind back;
        QVERIFY(recipeKindFromName(recipeKindName(k), &back));
        QCOMPARE(back, k);
    }
    QCOMPARE(names, QStringList({u"buildx"_s, u"buildah"_s, u"podman"_s, u"github-actions"_s, u"gitlab-ci"_s}));
    RecipeKind k;
    QVERIFY(!recipeKindFromName(u"kaniko"_s, &k));
    QCOMPARE(BuildRecipe::repositoryName(u"My Shop"_s), u"my-shop"_s);
    QCOMPARE(BuildRecipe::repositoryName(u"__"_s), u"app"_s);
    QCOMPARE(BuildRecipe::shellQuote(u"a b'c"_s), u"'a b'\\''c'"_s);
    QCOMPARE(BuildRecipe::shellQuote(u"docker://r/x:1"_s), u"docker://r/x:1"_s);
}

void TestRecipes::imagesAndPlaceholders()
{
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::Buildx, m_root, {});
    QVERIFY(r.isValid());
    QStringList refs;
    for (const RecipeImage &img : r.images)
        refs << img.dockerfile + u" @ "_s + img.context + u" -> "_s + img.reference;
    refs.sort();
    QCOMPARE(refs, QStringList({u"Dockerfile @ . -> registry.example.com/my-shop:latest"_s,
                                u"Dockerfile.worker @ . -> registry.example.com/my-shop-worker:latest"_s,
                                u"api/Dockerfile @ api -> registry.example.com/my-shop-api:latest"_s}));
    QCOMPARE(r.placeholders.size(), 3);
    QVERIFY(r.placeholders.at(0).contains(u"--registry"_s));
    QVERIFY(r.text.contains(u"registry.example.com (the registry: --registry HOST)"_s));

    const BuildRecipe g = BuildRecipe::generate(RecipeKind::Buildx, m_single, given());
    QVERIFY(g.placeholders.isEmpty());
    QCOMPARE(g.images.size(), 1);
    QCOMPARE(g.images.first().reference, u"ghcr.io/acme/shop:1.2.0"_s);
    QVERIFY(!g.text.contains(u"example.com"_s));
}

void TestRecipes::buildx()
{
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::Buildx, m_single, given());
    QCOMPARE(r.fileName, u"build-multiarch-buildx.sh"_s);
    QCOMPARE(r.steps.size(), 3);
    QCOMPARE(r.steps.at(0).argv, QStringList({u"docker"_s, u"buildx"_s, u"create"_s, u"--name"_s,
                                              u"armlift-multiarch"_s, u"--driver"_s, u"docker-container"_s}));
    QCOMPARE(r.steps.at(0).conditionArgv.mid(0, 3), QStringList({u"docker"_s, u"buildx"_s, u"inspect"_s}));
    QVERIFY(!r.steps.at(0).runIfCondition);
    QVERIFY(r.steps.at(1).argv.contains(u"tonistiigi/binfmt"_s));
    const RecipeStep &build = r.steps.at(2);
    QCOMPARE(build.argv, QStringList({u"docker"_s, u"buildx"_s, u"build"_s, u"--builder"_s, u"armlift-multiarch"_s,
                                      u"--platform"_s, u"linux/amd64,linux/arm64"_s, u"--file"_s, u"Dockerfile"_s,
                                      u"--tag"_s, u"ghcr.io/acme/shop:1.2.0"_s, u"--push"_s, u"."_s}));
    QVERIFY(build.pushes);
    QVERIFY(!build.localArgv.contains(u"--push"_s));
    QCOMPARE(build.localArgv.size(), build.argv.size() - 1);
    QVERIFY(r.text.contains(u"docker buildx build --builder armlift-multiarch --platform linux/amd64,linux/arm64 "
                            "--file Dockerfile --tag ghcr.io/acme/shop:1.2.0 --push .\n"_s));
    QVERIFY(r.text.contains(u"docker buildx inspect armlift-multiarch >/dev/null 2>&1 || docker buildx create"_s));
    QVERIFY(r.text.startsWith(u"#!/bin/sh\n"_s));
}

void TestRecipes::buildah()
{
    RecipeOptions o = given();
    o.toolOptions = {u"--storage-driver"_s, u"vfs"_s};
    o.buildOptions = {u"--isolation"_s, u"chroot"_s};
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::Buildah, m_single, o);
    QCOMPARE(r.fileName, u"build-multiarch-buildah.sh"_s);
    QStringList lines;
    for (const RecipeStep &s : r.steps)
        lines << BuildRecipe::commandLine(s.argv);
    // The talk's recipe: manifest create, bud --manifest --arch amd64 / arm64, manifest push --all.
    QCOMPARE(lines, QStringList({
        u"buildah --storage-driver vfs manifest rm shop-multiarch"_s,
        u"buildah --storage-driver vfs manifest create shop-multiarch"_s,
        u"buildah --storage-driver vfs bud --tag ghcr.io/acme/shop:1.2.0 --manifest shop-multiarch --arch amd64 "
        "--isolation chroot --file Dockerfile ."_s,
        u"buildah --storage-driver vfs bud --tag ghcr.io/acme/shop:1.2.0 --manifest shop-multiarch --arch arm64 "
        "--isolation chroot --file Dockerfile ."_s,
        u"buildah --storage-driver vfs manifest push --all shop-multiarch docker://ghcr.io/acme/shop:1.2.0"_s,
    }));
    QVERIFY(r.steps.at(0).runIfCondition);
    QCOMPARE(BuildRecipe::commandLine(r.steps.at(0).conditionArgv), u"buildah --storage-driver vfs manifest exists shop-multiarch"_s);
    QVERIFY(r.steps.last().pushes);
    QVERIFY(r.steps.last().localArgv.isEmpty());
    QVERIFY(r.text.contains(u"buildah --storage-driver vfs manifest exists shop-multiarch >/dev/null 2>&1 && "
                            "buildah --storage-driver vfs manifest rm shop-multiarch\n"_s));
    for (const QString &l : std::as_const(lines))
        QVERIFY2(r.text.contains(l + u'\n'), qPrintable(l));

    // A variant becomes --variant.
    o.platforms = {u"linux/arm/v7"_s};
    const BuildRecipe v = BuildRecipe::generate(RecipeKind::Buildah, m_single, o);
    QVERIFY(BuildRecipe::commandLine(v.steps.at(2).argv).contains(u"--arch arm --variant v7"_s));
}

void TestRecipes::podman()
{
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::Podman, m_single, given());
    QStringList lines;
    for (const RecipeStep &s : r.steps)
        lines << BuildRecipe::commandLine(s.argv);
    QCOMPARE(lines, QStringList({
        u"podman manifest rm shop-multiarch"_s,
        u"podman manifest create shop-multiarch"_s,
        u"podman build --platform linux/amd64,linux/arm64 --manifest shop-multiarch --file Dockerfile ."_s,
        u"podman manifest push --all shop-multiarch docker://ghcr.io/acme/shop:1.2.0"_s,
    }));
}

void TestRecipes::shellRecipesParse_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("buildx") << int(RecipeKind::Buildx);
    QTest::newRow("buildah") << int(RecipeKind::Buildah);
    QTest::newRow("podman") << int(RecipeKind::Podman);
}

// The scripts are real shell: /bin/sh -n accepts them, with the folder's name quoted.
void TestRecipes::shellRecipesParse()
{
    QFETCH(int, kind);
    const BuildRecipe r = BuildRecipe::generate(RecipeKind(kind), m_root, {});
    QCOMPARE(r.images.size(), 3);
    const QString path = m_tmp.filePath(r.fileName);
    write(path, r.text.toUtf8());
    QProcess sh;
    sh.start(u"sh"_s, {u"-n"_s, path});
    QVERIFY(sh.waitForFinished(10000));
    QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
    for (const RecipeImage &img : r.images)
        QVERIFY2(r.text.contains(img.reference), qPrintable(img.reference));
}

void TestRecipes::githubActionsNative()
{
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::GitHubActions, m_root, {});
    QCOMPARE(r.fileName, u".github/workflows/multiarch-image.yml"_s);
    QVERIFY(r.steps.isEmpty());
    const QString &y = r.text;
    QVERIFY(!y.contains(u'\t'));
    // One build per image and platform, arm64 on GitHub's native arm64 runner.
    QCOMPARE(y.count(u"platform: linux/arm64\n            runner: ubuntu-24.04-arm\n"_s), 3);
    QCOMPARE(y.count(u"platform: linux/amd64\n            runner: ubuntu-24.04\n"_s), 3);
    QVERIFY(y.contains(u"runs-on: ${{ matrix.runner }}"_s));
    QVERIFY(!y.contains(u"setup-qemu-action"_s));
    QVERIFY(y.contains(u"push-by-digest=true"_s));
    QVERIFY(y.contains(u"docker buildx imagetools create --tag \"$REGISTRY/${{ matrix.image }}:$IMAGE_TAG\""_s));
    const qsizetype merge = y.indexOf(u"        image: ["_s);
    QVERIFY(merge > 0);
    const QString mergeLine = y.mid(merge, y.indexOf(u'\n', merge) - merge);
    for (const char *name : {"\"my-shop\"", "\"my-shop-api\"", "\"my-shop-worker\""})
        QVERIFY2(mergeLine.contains(QLatin1String(name)), qPrintable(mergeLine));
    QVERIFY(y.contains(u"REGISTRY: \"registry.example.com\""_s));
    QVERIFY(y.contains(u"IMAGE_TAG: \"latest\""_s));
    QVERIFY(y.contains(u"dockerfile: \"api/Dockerfile\"\n            context: \"api\"\n"_s));
}

void TestRecipes::githubActionsQemu()
{
    RecipeOptions o = given();
    o.nativeArmRunners = false;
    const QString y = BuildRecipe::generate(RecipeKind::GitHubActions, m_single, o).text;
    QVERIFY(y.contains(u"uses: docker/setup-qemu-action@v3"_s));
    QVERIFY(y.contains(u"platforms: linux/amd64,linux/arm64\n          push: true\n"_s));
    QVERIFY(y.contains(u"tags: ${{ env.REGISTRY }}/${{ matrix.image }}:${{ env.IMAGE_TAG }}"_s));
    QVERIFY(y.contains(u"REGISTRY: \"ghcr.io/acme\""_s));
    QVERIFY(!y.contains(u"ubuntu-24.04-arm\n"_s));
}

void TestRecipes::gitlabCi()
{
    RecipeOptions o;
    o.nativeArmRunners = false;
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::GitLabCi, m_root, o);
    QCOMPARE(r.fileName, u".gitlab-ci.yml"_s);
    const QString &y = r.text;
    QVERIFY(y.contains(u"docker run --privileged --rm tonistiigi/binfmt --install arm64,amd64"_s));
    QVERIFY(y.contains(u"\nbuild-my-shop-api:\n  extends: .multiarch\n"_s));
    QVERIFY(y.contains(u"    - docker buildx build --platform linux/amd64,linux/arm64 --file api/Dockerfile "
                       "--tag \"$REGISTRY/my-shop-api:$IMAGE_TAG\" --push api\n"_s));
    QVERIFY(y.contains(u"--file Dockerfile.worker --tag \"$REGISTRY/my-shop-worker:$IMAGE_TAG\" --push .\n"_s));
    QVERIFY(y.contains(u"--password-stdin"_s));
    QVERIFY(!y.contains(u"tags: ["_s));
}

// The default GitLab recipe builds each platform on its own native hosted runner and joins the
// per-platform tags in a merge job; nothing runs under QEMU.
void TestRecipes::gitlabCiNative()
{
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::GitLabCi, m_root, {});
    const QString &y = r.text;
    QVERIFY(!y.contains(u'\t'));
    QVERIFY(!y.contains(u"binfmt"_s));
    QVERIFY(y.contains(u"stages: [build, merge]\n"_s));
    QCOMPARE(y.count(u"  tags: [saas-linux-small-arm64]\n"_s), 3);
    QCOMPARE(y.count(u"  tags: [saas-linux-small-amd64]\n"_s), 3);
    QVERIFY(y.contains(u"\nbuild-my-shop-api-arm64:\n  extends: .multiarch\n  stage: build\n"
                       "  tags: [saas-linux-small-arm64]\n  script:\n"
                       "    - docker buildx build --platform linux/arm64 --file api/Dockerfile "
                       "--tag \"$REGISTRY/my-shop-api:$IMAGE_TAG-arm64\" --push api\n"_s));
    QVERIFY(y.contains(u"\nmerge-my-shop-api:\n  extends: .multiarch\n  stage: merge\n"
                       "  needs: [build-my-shop-api-amd64, build-my-shop-api-arm64]\n  script:\n"
                       "    - docker buildx imagetools create --tag \"$REGISTRY/my-shop-api:$IMAGE_TAG\" "
                       "\"$REGISTRY/my-shop-api:$IMAGE_TAG-amd64\" \"$REGISTRY/my-shop-api:$IMAGE_TAG-arm64\"\n"_s));

    // A platform neither runner has natively builds on the amd64 runner with QEMU registered.
    RecipeOptions o;
    o.platforms = {u"linux/amd64"_s, u"linux/arm64"_s, u"linux/arm/v7"_s, u"linux/ppc64le"_s};
    const QString more = BuildRecipe::generate(RecipeKind::GitLabCi, m_single, o).text;
    QVERIFY(more.contains(u"tonistiigi/binfmt --install all"_s));
    QVERIFY(more.contains(u"build-svc-arm-v7:\n  extends: .multiarch\n  stage: build\n"
                          "  tags: [saas-linux-small-arm64]\n"_s));
    QVERIFY(more.contains(u"build-svc-ppc64le:\n  extends: .multiarch\n  stage: build\n"
                          "  tags: [saas-linux-small-amd64]\n"_s));
}

void TestRecipes::noDockerfile()
{
    QTemporaryDir empty;
    const BuildRecipe r = BuildRecipe::generate(RecipeKind::Buildah, empty.path(), {});
    QVERIFY(!r.isValid());
    QVERIFY(r.text.isEmpty());
}

void TestRecipes::command()
{
    auto run = [](const QStringList &args, QString *out, QString *err) {
        QBuffer o;
        QBuffer e;
        o.open(QIODevice::WriteOnly);
        e.open(QIODevice::WriteOnly);
        const int code = runRecipeCommand(QStringList{u"armlift-scan"_s} + args, o, e);
        *out = QString::fromUtf8(o.data());
        *err = QString::fromUtf8(e.data());
        return code;
    };
    QVERIFY(isRecipeCommand({u"armlift-scan"_s, u"--recipe=buildx"_s, u"."_s}));
    QVERIFY(isRecipeCommand({u"armlift-scan"_s, u"--recipe"_s, u"buildx"_s}));
    QVERIFY(!isRecipeCommand({u"armlift-scan"_s, u"--format"_s, u"json"_s, u"."_s}));

    QString out;
    QString err;
    QCOMPARE(run({u"--recipe"_s, u"buildah"_s, u"--image"_s, u"shop"_s, u"--tag=2.0"_s, u"--registry"_s,
                  u"quay.io/acme"_s, m_single},
                 &out, &err),
             0);
    QVERIFY(out.contains(u"buildah manifest push --all shop-multiarch docker://quay.io/acme/shop:2.0\n"_s));
    QVERIFY(err.contains(u"Dockerfile -> quay.io/acme/shop:2.0"_s));
    QVERIFY(!err.contains(u"placeholder"_s));

    QCOMPARE(run({u"--recipe"_s, u"gitlab-ci"_s, m_single}, &out, &err), 0);
    QVERIFY(out.contains(u"build-svc-arm64:"_s));
    QVERIFY(err.contains(u"placeholder: registry.example.com"_s));

    const QString file = m_tmp.filePath(u"out/recipe.sh"_s);
    QDir().mkpath(QFileInfo(file).path());
    QCOMPARE(run({u"--recipe"_s, u"podman"_s, u"--output"_s, file, m_single}, &out, &err), 0);
    QVERIFY(out.isEmpty());
    QVERIFY(QFileInfo(file).isExecutable());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("podman manifest create svc-multiarch"));

    QCOMPARE(run({u"--recipe"_s, u"kaniko"_s, m_single}, &out, &err), 2);
    QVERIFY(err.contains(u"github-actions"_s));
    QCOMPARE(run({u"--recipe"_s, u"buildx"_s, u"--tag"_s}, &out, &err), 2);
    QCOMPARE(run({u"--recipe"_s, u"buildx"_s, u"--bogus"_s, m_single}, &out, &err), 2);
    QCOMPARE(run({u"--recipe"_s, u"buildx"_s, m_tmp.filePath(u"missing"_s)}, &out, &err), 2);
    QTemporaryDir empty;
    QCOMPARE(run({u"--recipe"_s, u"buildx"_s, empty.path()}, &out, &err), 2);
    QVERIFY(err.contains(u"No Dockerfile"_s));
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
