// armlift: the desktop application. Thin: parses the command line and shows MainWindow.
#include "MainWindow.h"
#include "AppSettings.h"
#include "ScreenshotTaker.h"
#include "git/GitActions.h"
#include "git/Cloner.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Armlift finds what breaks when container builds move from x86_64 to arm64, and fixes it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"screenshot"_s,
                      QCoreApplication::translate("main", "Render the main window (1280x800) after the scan, write "
                                                          "it as PNG to <file> and exit."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({u"open"_s,
                      QCoreApplication::translate("main", "Open <file> (relative to PATH) in the editor."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({u"workshop"_s,
                      QCoreApplication::translate("main", "Open your copy of the bundled workshop (made in the "
                                                          "user's data folder on first use).")});
    parser.addOption({u"theme"_s,
                      QCoreApplication::translate("main", "Use the dark or light palette for the whole application."),
                      u"dark|light"_s});
    parser.addPositionalArgument(u"PATH"_s,
                                 QCoreApplication::translate("main", "Folder (or Dockerfile) to open."),
                                 u"[PATH]"_s);
}

void setUp(QCoreApplication &app)
{
    app.setApplicationName(u"armlift"_s);
    app.setOrganizationName(u"Armlift"_s);
    app.setApplicationVersion(QStringLiteral(ARMLIFT_VERSION));
}

// A forced palette (Fusion, so every widget follows it) for documentation screenshots and
// checking both themes; the editor picks the matching KSyntaxHighlighting theme from it.
void applyTheme(QApplication &app, const QString &theme)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    if (theme == u"dark") {
        p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
        p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
        p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    } else {
        p = app.style()->standardPalette();
    }
    app.setPalette(p);
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display: answer them before QApplication.
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                QCoreApplication app(argc, argv);
                setUp(app);
                QCommandLineParser parser;
                describe(parser);
                parser.process(app); // prints and exits
                return 0;
            }
        }
    }
    // Screenshots are reproducible: no user settings (window geometry, theme, recent files).
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0)
            qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    }

    QApplication app(argc, argv);
    setUp(app);
    // Before any tr(): the system language, or the one chosen in Settings.
    Armlift::installTranslators(app, Armlift::AppSettings::open()->value(QLatin1String(Armlift::LanguageSettingsKey)).toString());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    QTextStream err(stderr);

    const QString theme = parser.value(u"theme"_s);
    if (!theme.isEmpty()) {
        if (theme != u"dark" && theme != u"light") {
            err << QCoreApplication::translate("main", "armlift: --theme must be dark or light, not %1\n").arg(theme);
            return 2;
        }
        applyTheme(app, theme);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("main", "armlift: give one folder to open, not %1\n").arg(positional.size());
        return 2;
    }
    const QString path = positional.value(0);
    if (parser.isSet(u"workshop"_s) && !path.isEmpty()) {
        err << QCoreApplication::translate("main", "armlift: --workshop opens the workshop; give no PATH\n");
        return 2;
    }

    Armlift::MainWindow window;
    if (parser.isSet(u"screenshot"_s)) {
        window.resize(1280, 800);
        window.show();
        Armlift::ScreenshotTaker taker(&window, parser.value(u"screenshot"_s));
        taker.setFileToOpen(parser.value(u"open"_s));
        int code = 0;
        QObject::connect(&taker, &Armlift::ScreenshotTaker::done, &app, [&](bool ok, const QString &message) {
            err << message << '\n';
            err.flush();
            code = ok ? 0 : 1;
            app.exit(code);
        });
        taker.start(path);
        app.exec();
        return code;
    }

    window.show();
    if (parser.isSet(u"workshop"_s)) {
        window.openWorkshop();
    } else if (Armlift::Git::Cloner::isRemoteUrl(path)) {
        window.gitActions()->cloneRepository(path); // `armlift URL`: the clone dialog, prefilled
    } else if (!path.isEmpty()) {
        window.openPath(path);
        if (parser.isSet(u"open"_s))
            window.openFile(parser.value(u"open"_s));
    }
    return app.exec();
}
