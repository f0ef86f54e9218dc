// Settings: throw-away storage under ARMLIFT_NO_USER_SETTINGS, recent projects, the settings
// dialog's theme list, and a chosen theme reaching every open editor.
#include "AppSettings.h"
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "EditorTheme.h"
#include "SettingsDialog.h"
#include "UiTestUtil.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    }

    void throwAwaySettingsFile()
    {
        const auto settings = AppSettings::open();
        QVERIFY(settings->fileName().startsWith(QDir::tempPath() + u"/armlift-settings-"_s));
        QCOMPARE(settings->format(), QSettings::IniFormat);
    }

    void recentProjectsMostRecentFirst()
    {
        AppSettings::clearRecentProjects();
        for (int i = 0; i < 12; ++i)
            AppSettings::addRecentProject(QDir::tempPath() + u"/project%1"_s.arg(i));
        AppSettings::addRecentProject(QDir::tempPath() + u"/project5/"_s);
        const QStringList recent = AppSettings::recentProjects();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QDir::tempPath() + u"/project5"_s); // moved to the top, path cleaned
        QCOMPARE(recent.count(QDir::tempPath() + u"/project5"_s), 1);
        QCOMPARE(recent.at(1), QDir::tempPath() + u"/project11"_s);
    }

    void dialogListsEveryTheme()
    {
        AppSettings::setEditorThemeName(QString());
        SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(EditorTheme::repository().themes().size()) + 1);
        QCOMPARE(dialog.themeName(), QString()); // follow system
        dialog.setThemeName(u"Solarized Dark"_s);
        QCOMPARE(dialog.themeName(), u"Solarized Dark"_s);
        dialog.setThemeName(u"no such theme"_s);
        QCOMPARE(dialog.themeName(), QString());
    }

    void themeReachesOpenEditors()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), goDockerfile()));
        QVERIFY(writeFile(dir.filePath(u"b/Dockerfile"_s), goDockerfile()));
        EditorTabs tabs;
        tabs.setRoot(dir.path());
        DockerfileEditor *first = tabs.open(u"Dockerfile"_s);
        QVERIFY(first);
        tabs.setThemeName(u"Solarized Dark"_s);
        DockerfileEditor *second = tabs.open(u"b/Dockerfile"_s); // opened after the change
        QVERIFY(second);
        for (DockerfileEditor *e : {first, second}) {
            QCOMPARE(e->theme().name(), u"Solarized Dark"_s);
            QCOMPARE(e->palette().color(QPalette::Base),
                     QColor::fromRgba(e->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        }
        QFont font(u"DejaVu Sans Mono"_s, 17);
        tabs.setEditorFont(font);
        QCOMPARE(first->font().pointSize(), 17);
        QCOMPARE(tabs.open(u"b/Dockerfile"_s), second); // already open: focused, not reopened
        QCOMPARE(tabs.count(), 2);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
