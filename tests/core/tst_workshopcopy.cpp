// The user's working copy of the bundled workshop: made once, kept with the participant's
// changes, replaced whole by a reset, and never left half-made.
#include "workshop/WorkshopCopy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

class TestWorkshopCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheBundledWorkshop()
    {
        const QString source = WorkshopCopy::bundledSource();
        QVERIFY2(!source.isEmpty(), "a development build finds resources/workshop");
        QVERIFY(QFile::exists(source + u"/case5-go-amd64/Dockerfile"_s));
    }

    void copiesKeepsAndResets()
    {
        QTemporaryDir tmp;
        const QString source = WorkshopCopy::bundledSource();
        const QString copy = tmp.filePath(u"data/workshop"_s); // the parent does not exist yet
        QString error;
        QVERIFY2(WorkshopCopy::ensure(source, copy, false, &error), qPrintable(error));
        const QString dockerfile = copy + u"/case5-go-amd64/Dockerfile"_s;
        QCOMPARE(read(dockerfile), read(source + u"/case5-go-amd64/Dockerfile"_s));
        QVERIFY(QFileInfo(dockerfile).isWritable());
        // No staging folder is left next to the copy.
        QCOMPARE(QDir(tmp.filePath(u"data"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"workshop"_s});

        // The participant's change survives opening the workshop again ...
        QVERIFY(write(dockerfile, "FROM scratch\n"));
        QVERIFY2(WorkshopCopy::ensure(source, copy, false, &error), qPrintable(error));
        QCOMPARE(read(dockerfile), QByteArray("FROM scratch\n"));
        // ... and a reset brings the original back, with files added by the user gone.
        QVERIFY(write(copy + u"/mine.txt"_s, "x"));
        QVERIFY2(WorkshopCopy::ensure(source, copy, true, &error), qPrintable(error));
        QCOMPARE(read(dockerfile), read(source + u"/case5-go-amd64/Dockerfile"_s));
        QVERIFY(!QFile::exists(copy + u"/mine.txt"_s));
        QCOMPARE(QDir(tmp.filePath(u"data"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"workshop"_s});
    }

    void failuresLeaveTheCopyAlone()
    {
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(u"workshop"_s);
        QString error;
        QVERIFY(WorkshopCopy::ensure(WorkshopCopy::bundledSource(), copy, false, &error));
        QVERIFY(write(copy + u"/mine.txt"_s, "keep"));

        // No bundled workshop: a clear message, and the existing copy is untouched.
        QVERIFY(!WorkshopCopy::ensure(tmp.filePath(u"missing"_s), copy, true, &error));
        QVERIFY2(error.contains(u"workshop was not found"_s), qPrintable(error));
        QCOMPARE(read(copy + u"/mine.txt"_s), QByteArray("keep"));

        // A destination whose parent is a file: the message names it and nothing is created.
        QVERIFY(write(tmp.filePath(u"plainfile"_s), "x"));
        error.clear();
        QVERIFY(!WorkshopCopy::ensure(WorkshopCopy::bundledSource(), tmp.filePath(u"plainfile/workshop"_s), false,
                                      &error));
        QVERIFY2(error.contains(u"plainfile"_s), qPrintable(error));
        QCOMPARE(read(tmp.filePath(u"plainfile"_s)), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCopy)
#include "tst_workshopcopy.moc"
