#include "kb/KnowledgeBase.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    // Every fact entry (an object in a list of entries) names its source, itself or through an
    // enclosing object.
    static void collectUnsourced(const QJsonValue &v, const QString &path, bool sourced, bool inArray, QStringList &out)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const bool here = sourced || o.contains(u"source") || o.contains(u"sources");
            if (inArray && !here && o.size() >= 2)
                out << path;
            for (auto it = o.begin(); it != o.end(); ++it)
                collectUnsourced(it.value(), path + u'.' + it.key(), here, false, out);
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                collectUnsourced(a.at(i), path + u'[' + QString::number(i) + u']', sourced, true, out);
        }
    }

private Q_SLOTS:
    void bundledLoads()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        QVERIFY(!kb.version().isEmpty());
        for (const char *s : {"python", "go", "downloads", "images", "native"})
            QVERIFY2(!kb.section(QString::fromLatin1(s)).isEmpty(), s);
    }

    void everyFactHasASource()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        QStringList unsourced;
        for (const QString &name : kb.sectionNames())
            collectUnsourced(kb.section(name), name, false, false, unsourced);
        QVERIFY2(unsourced.isEmpty(), qPrintable(unsourced.join(u", "_s)));
    }

    void sectionsMergeAcrossFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &json) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(u"python.json"_s, R"({"section":"python","version":"1","packages":{"numpy":{"a":1}},"list":[1]})");
        write(u"python.more.json"_s, R"({"section":"python","version":"2","packages":{"scipy":{"b":2}},"list":[2]})");
        QString error;
        const KnowledgeBase kb = KnowledgeBase::fromDirectory(dir.path(), &error);
        QVERIFY(error.isEmpty());
        const QJsonObject py = kb.section(u"python"_s);
        QVERIFY(py.value(u"packages").toObject().contains(u"numpy"));
        QVERIFY(py.value(u"packages").toObject().contains(u"scipy"));
        QCOMPARE(py.value(u"list").toArray().size(), 2);
        QCOMPARE(kb.version(), u"2"_s);
    }

    void brokenFileNamesFileAndLine()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"go.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n\"section\": \"go\",\n\"x\": [1,\n}\n");
        f.close();
        QString error;
        KnowledgeBase::fromDirectory(dir.path(), &error);
        QVERIFY2(error.contains(u"go.json:4"_s), qPrintable(error));
    }

    void everyRuleHasIdSeverityAndPage()
    {
        const auto infos = RuleRegistry::bundled().infos();
        QVERIFY(infos.size() >= 16);
        QSet<QString> ids;
        for (const RuleInfo &i : infos) {
            QVERIFY2(!ids.contains(i.id), qPrintable(i.id));
            ids.insert(i.id);
            QVERIFY(!i.title.isEmpty());
            QVERIFY(!i.summary.isEmpty());
            QVERIFY2(RuleRegistry::documentation(i.id).startsWith(u"# "_s + i.id + u": "_s), qPrintable(i.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
