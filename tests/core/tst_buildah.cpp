// The buildah recipe for real: BuildRunner runs the generated steps (local, no push) on a
// FROM scratch image, in a throw-away storage root, and buildah inspect must report arm64.
// No base image is downloaded and no RUN step needs QEMU.
#include "recipes/BuildRecipe.h"
#include "recipes/BuildRunner.h"

#include "BuildahSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;

class TestBuildah : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildsArm64Manifest();
    void cancel();

private:
    QStringList storageOptions() const;
    QString buildah(const QStringList &args, int *exitCode);

    QTemporaryDir m_tmp;
    QString m_project;
};

void TestBuildah::initTestCase()
{
    if (QStandardPaths::findExecutable(u"buildah"_s).isEmpty())
        QSKIP("buildah is not installed (it is in ./dev's PACKAGES; install the Debian package 'buildah' to run this test)");
    QVERIFY(m_tmp.isValid());
    QVERIFY(BuildRunner::canRun(RecipeKind::Buildah));
    m_project = m_tmp.filePath(u"hello-arm"_s);
    QVERIFY(QDir().mkpath(m_project));
    QFile df(m_project + u"/Dockerfile"_s);
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write("FROM scratch\nCOPY hello.txt /hello.txt\n");
    df.close();
    QFile hello(m_project + u"/hello.txt"_s);
    QVERIFY(hello.open(QIODevice::WriteOnly));
    hello.write("hello from armlift\n");
}

QStringList TestBuildah::storageOptions() const
{
    return Testing::buildahStorageOptions(m_tmp.path());
}

QString TestBuildah::buildah(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(u"buildah"_s, storageOptions() + args);
    if (!p.waitForFinished(120000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitCode();
    if (p.exitCode() != 0)
        qWarning().noquote() << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestBuildah::buildsArm64Manifest()
{
    RecipeOptions options;
    options.registry = u"localhost:5999/armlift"_s;
    options.tag = u"test"_s;
    options.toolOptions = storageOptions();
    options.buildOptions = Testing::buildahBuildOptions();
    const BuildRecipe recipe = BuildRecipe::generate(RecipeKind::Buildah, m_project, options);
    QVERIFY(recipe.isValid());
    QCOMPARE(recipe.images.size(), 1);
    const QString ref = recipe.images.first().reference;
    QCOMPARE(ref, u"localhost:5999/armlift/hello-arm:test"_s);

    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QSignalSpy steps(&runner, &BuildRunner::stepStarted);
    QString streamed;
    connect(&runner, &BuildRunner::output, this, [&streamed](const QString &t) { streamed += t; });
    QVERIFY(runner.start(recipe, m_project, false)); // local: the push step is skipped
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(240000));
    const bool success = finished.first().at(0).toBool();
    const QString log = finished.first().at(1).toString();
    QVERIFY2(success, qPrintable(log));
    QCOMPARE(log, streamed);
    QCOMPARE(log, runner.log());
    QVERIFY(log.contains(u"--arch arm64"_s));
    QVERIFY(!log.contains(u"manifest push"_s));
    // manifest create + bud amd64 + bud arm64 (the rm is conditional on an existing list and skipped).
    QCOMPARE(steps.size(), 3);

    // The last build tagged the reference: the arm64 image.
    int code = 0;
    const QString arch = buildah({u"inspect"_s, u"--type"_s, u"image"_s, u"--format"_s, u"{{.OCIv1.Architecture}}"_s, ref}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(arch.trimmed(), u"arm64"_s);

    // The manifest list holds both architectures.
    const QString manifest = buildah({u"manifest"_s, u"inspect"_s, recipe.images.first().name + u"-multiarch"_s}, &code);
    QCOMPARE(code, 0);
    QStringList arches;
    for (const QJsonValue &m : QJsonDocument::fromJson(manifest.toUtf8()).object().value(u"manifests"_s).toArray())
        arches << m.toObject().value(u"platform"_s).toObject().value(u"architecture"_s).toString();
    arches.sort();
    QCOMPARE(arches, QStringList({u"amd64"_s, u"arm64"_s}));

    // A second run starts from an empty list again (the conditional manifest rm runs now).
    QVERIFY(runner.start(recipe, m_project, false));
    QVERIFY(finished.wait(240000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(runner.log()));
    QVERIFY(runner.log().contains(u"manifest rm"_s));
    const QString again = buildah({u"manifest"_s, u"inspect"_s, recipe.images.first().name + u"-multiarch"_s}, &code);
    QCOMPARE(QJsonDocument::fromJson(again.toUtf8()).object().value(u"manifests"_s).toArray().size(), 2);
}

void TestBuildah::cancel()
{
    // A step that waits: cancel() must stop it and report a failed, cancelled build.
    BuildRecipe recipe = BuildRecipe::generate(RecipeKind::Buildah, m_project, {});
    recipe.steps = {RecipeStep{QString(), {u"buildah"_s, u"--help"_s}, {}, false, false, {}},
                    RecipeStep{QString(), {u"sleep"_s, u"30"_s}, {}, false, false, {}}};
    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QSignalSpy steps(&runner, &BuildRunner::stepStarted);
    QVERIFY(runner.start(recipe, m_project, false));
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 20000);
    QElapsedTimer t;
    t.start();
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(t.elapsed() < 10000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(runner.wasCancelled());
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.log().contains(u"Build cancelled."_s));
}

int main(int argc, char **argv)
{
    Armlift::Testing::reexecWithMountableRoot(argc, argv);
    QCoreApplication app(argc, argv);
    TestBuildah test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_buildah.moc"
