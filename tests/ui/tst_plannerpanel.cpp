// The "Build for arm64" panel, offscreen: recipe kinds, options, preview, estimate, clipboard,
// save, and a real buildah build streamed into the log when buildah is installed.
#include "planner/BuildPlannerPanel.h"

#include "../core/BuildahSandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;

class TestPlannerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewFollowsKindAndOptions();
    void estimateShowsEmulatedShare();
    void copyAndSave();
    void runButtonNeedsATool();
    void runsBuildah();

private:
    QTemporaryDir m_tmp;
    QString m_root;
};

void TestPlannerPanel::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.filePath(u"web-shop"_s);
    QVERIFY(QDir().mkpath(m_root));
    QFile df(m_root + u"/Dockerfile"_s);
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write("FROM scratch\nCOPY hello.txt /hello.txt\n");
    df.close();
    QFile hello(m_root + u"/hello.txt"_s);
    QVERIFY(hello.open(QIODevice::WriteOnly));
    hello.write("hello\n");
    QFile build(m_root + u"/native.Dockerfile"_s);
    QVERIFY(build.open(QIODevice::WriteOnly));
    build.write("FROM debian:12\nRUN apt-get update\nRUN make -j8\n");
}

void TestPlannerPanel::previewFollowsKindAndOptions()
{
    BuildPlannerPanel panel;
    panel.resize(800, 600);
    panel.show();
    QVERIFY(!panel.recipe().isValid()); // no folder yet
    panel.setRoot(m_root);
    auto *kind = panel.findChild<QComboBox *>(u"recipeKind"_s);
    QVERIFY(kind);
    QCOMPARE(kind->count(), 5);

    panel.setKind(RecipeKind::Buildx);
    QVERIFY(panel.previewText().contains(u"docker buildx build --builder armlift-multiarch --platform "
                                         "linux/amd64,linux/arm64 --file Dockerfile --tag "
                                         "registry.example.com/web-shop:latest --push .\n"_s));
    QVERIFY(panel.findChild<QLabel *>(u"placeholders"_s)->text().contains(u"registry.example.com"_s));

    QSignalSpy changed(&panel, &BuildPlannerPanel::recipeChanged);
    kind->setCurrentIndex(kind->findData(int(RecipeKind::Buildah)));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(panel.kind(), RecipeKind::Buildah);
    QVERIFY(panel.previewText().contains(u"buildah manifest create web-shop-multiarch\n"_s));
    QVERIFY(panel.previewText().contains(u"--arch arm64"_s));

    panel.findChild<QLineEdit *>(u"registry"_s)->setText(u"quay.io/acme"_s);
    panel.findChild<QLineEdit *>(u"tag"_s)->setText(u"v2"_s);
    QTest::keyClicks(panel.findChild<QLineEdit *>(u"image"_s), u"shop"_s);
    QVERIFY(panel.previewText().contains(u"buildah manifest push --all shop-multiarch docker://quay.io/acme/shop:v2\n"_s));
    QVERIFY(panel.previewText().contains(u"docker://quay.io/acme/shop-native:v2"_s));
    QVERIFY(!panel.findChild<QLabel *>(u"placeholders"_s)->isVisible());

    // GitHub Actions: native arm64 runners by default, QEMU when unchecked.
    panel.setKind(RecipeKind::GitHubActions);
    auto *native = panel.findChild<QCheckBox *>(u"nativeRunners"_s);
    QVERIFY(native->isVisible());
    QVERIFY(panel.previewText().contains(u"runner: ubuntu-24.04-arm"_s));
    native->setChecked(false);
    QVERIFY(panel.previewText().contains(u"docker/setup-qemu-action"_s));

    // The options are remembered (in the test's throw-away settings).
    BuildPlannerPanel again;
    again.setRoot(m_root);
    QCOMPARE(again.kind(), RecipeKind::GitHubActions);
    QCOMPARE(again.options().registry, u"quay.io/acme"_s);
    QCOMPARE(again.options().image, u"shop"_s);
    QVERIFY(!again.options().nativeArmRunners);
    again.findChild<QLineEdit *>(u"registry"_s)->clear();
    again.findChild<QLineEdit *>(u"tag"_s)->clear();
    again.findChild<QLineEdit *>(u"image"_s)->clear();
    again.findChild<QCheckBox *>(u"nativeRunners"_s)->setChecked(true);
}

void TestPlannerPanel::estimateShowsEmulatedShare()
{
    BuildPlannerPanel panel;
    panel.setRoot(m_root);
    const QString estimate = panel.estimateText();
    // native.Dockerfile: 2 emulated RUN steps, one compiling (make): 11 of 11 weight units.
    QVERIFY2(estimate.contains(u"native.Dockerfile: "_s), qPrintable(estimate));
    QVERIFY(estimate.contains(u"2 of 2 RUN steps run emulated, 1 of them compiling"_s));
    QVERIFY(estimate.contains(u"100%"_s));
    // The scratch image has no RUN step: no estimate line for it.
    QVERIFY(!estimate.contains(u"\nDockerfile: "_s) && !estimate.startsWith(u"Dockerfile: "_s));
}

void TestPlannerPanel::copyAndSave()
{
    BuildPlannerPanel panel;
    panel.setRoot(m_root);
    panel.setKind(RecipeKind::GitLabCi);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"copyRecipe"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel.recipe().text);
    QVERIFY(panel.recipe().text.contains(u"build-web-shop-arm64:\n"_s));
    QVERIFY(panel.recipe().text.contains(u"merge-web-shop:\n"_s));

    const QString path = m_tmp.filePath(u"out/.gitlab-ci.yml"_s);
    QString error;
    QVERIFY2(panel.saveTo(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), panel.recipe().text);
    QVERIFY(!QFileInfo(path).isExecutable());

    panel.setKind(RecipeKind::Podman);
    const QString script = m_tmp.filePath(u"out/build.sh"_s);
    QVERIFY(panel.saveTo(script));
    QVERIFY(QFileInfo(script).isExecutable());
    QVERIFY(!panel.saveTo(u"/proc/armlift-cannot-write/x.sh"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestPlannerPanel::runButtonNeedsATool()
{
    BuildPlannerPanel panel;
    panel.setRoot(m_root);
    panel.setKind(RecipeKind::GitHubActions);
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(!panel.runBuild(false));
    for (RecipeKind k : {RecipeKind::Buildx, RecipeKind::Buildah, RecipeKind::Podman}) {
        panel.setKind(k);
        const bool installed = !QStandardPaths::findExecutable(recipeTool(k)).isEmpty();
        QCOMPARE(panel.runButton()->isEnabled(), installed);
        QCOMPARE(panel.canRunBuild(), installed);
    }
    QVERIFY(!panel.cancelButton()->isEnabled());
}

void TestPlannerPanel::runsBuildah()
{
    if (QStandardPaths::findExecutable(u"buildah"_s).isEmpty())
        QSKIP("buildah is not installed");
    // Only the scratch image: a one-Dockerfile folder.
    const QString root = m_tmp.filePath(u"scratch-only"_s);
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QFile::copy(m_root + u"/Dockerfile"_s, root + u"/Dockerfile"_s));
    QVERIFY(QFile::copy(m_root + u"/hello.txt"_s, root + u"/hello.txt"_s));

    BuildPlannerPanel panel;
    panel.setRoot(root);
    panel.setKind(RecipeKind::Buildah);
    panel.setToolOptions(Testing::buildahStorageOptions(m_tmp.path()), Testing::buildahBuildOptions());
    QVERIFY(panel.runButton()->isEnabled());
    QSignalSpy finished(&panel, &BuildPlannerPanel::buildFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isBuilding());
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(finished.wait(240000));
    const QString log = finished.first().at(1).toString();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(log));
    QVERIFY(log.contains(u"bud --tag registry.example.com/scratch-only:latest"_s));
    // The log view shows what was streamed.
    QCOMPARE(panel.buildLog().trimmed(), log.trimmed());
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(!panel.findChild<QCheckBox *>(u"pushAfterBuild"_s)->isChecked());
}

int main(int argc, char **argv)
{
    Armlift::Testing::reexecWithMountableRoot(argc, argv);
    QApplication app(argc, argv);
    TestPlannerPanel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_plannerpanel.moc"
