// armlift-scan: the headless scanner for CI. Everything but the process setup lives in
// core/cli (ScanCommand), where the report/stderr split and the exit codes are decided.
#include "cli/ScanCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("armlift-scan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARMLIFT_VERSION));

    // Messages in the user's language when the build carries a translation for it
    // (qt_add_translations puts them under :/i18n); English otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("armlift"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Armlift::ScanCommand::UsageError;
    Armlift::ScanCommand command(out, err, isatty(fileno(stderr)) == 1);
    const int code = command.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
