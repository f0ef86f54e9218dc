#include "manifest/ruby/GemManifests.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Armlift::SourceRange)

namespace {
const QString kLock = u"GEM\n"
                      "  remote: https://rubygems.org/\n"
                      "  specs:\n"
                      "    nokogiri (1.13.10-aarch64-linux)\n"
                      "      racc (~> 1.4)\n"
                      "    nokogiri (1.13.10-x86_64-linux)\n"
                      "      racc (~> 1.4)\n"
                      "    racc (1.6.2)\n"
                      "    grpc (1.60.0-x86_64-linux-gnu)\n"
                      "\n"
                      "PLATFORMS\n"
                      "  aarch64-linux\n"
                      "  x86_64-linux\n"
                      "\n"
                      "DEPENDENCIES\n"
                      "  nokogiri (~> 1.13)\n"
                      "\n"
                      "BUNDLED WITH\n"
                      "   2.4.10\n"_s;
}

class TestRubyManifests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gemfile()
    {
        const QString text = u"source \"https://rubygems.org\"\n\ngem \"rails\", \"~> 6.1.4\"\ngem 'nokogiri', '>= 1.10', '< 1.13' # xml\n"
                             "gem \"tzinfo-data\", platforms: [:mingw, :x64_mingw]\n  gem(\"pg\")\n"_s;
        const Gemfile g = Gemfile::parse(u"Gemfile"_s, text);
        QCOMPARE(g.gems.size(), 4);
        const GemDeclaration *n = g.gem(u"nokogiri"_s);
        QVERIFY(n);
        QCOMPARE(n->requirements, (QStringList{u">= 1.10"_s, u"< 1.13"_s}));
        QCOMPARE(n->range, (SourceRange{4, 5, 4, 15}));
        QCOMPARE(n->requirementRanges.at(1), (SourceRange{4, 29, 4, 35}));
        QVERIFY(g.gem(u"tzinfo-data"_s)->excludedPlatforms);
        QVERIFY(!n->excludedPlatforms);
        QCOMPARE(g.gem(u"pg"_s)->line, 6);
        QVERIFY(g.gem(u"pg"_s)->requirements.isEmpty());
    }

    void lock()
    {
        const GemfileLock l = GemfileLock::parse(u"Gemfile.lock"_s, kLock);
        QVERIFY(l.error.isEmpty());
        QCOMPARE(l.specs.size(), 4); // dependencies of a spec (six spaces) are not specs
        const auto nokogiri = l.find(u"nokogiri"_s);
        QCOMPARE(nokogiri.size(), 2);
        QCOMPARE(nokogiri.first()->version, u"1.13.10"_s);
        QCOMPARE(nokogiri.first()->platform, u"aarch64-linux"_s);
        QCOMPARE(nokogiri.first()->range, (SourceRange{4, 5, 4, 37}));
        QCOMPARE(nokogiri.first()->versionRange, (SourceRange{4, 15, 4, 36}));
        QCOMPARE(l.find(u"grpc"_s).first()->platform, u"x86_64-linux-gnu"_s);
        QVERIFY(l.find(u"racc"_s).first()->platform.isEmpty());
        QCOMPARE(l.platforms, (QStringList{u"aarch64-linux"_s, u"x86_64-linux"_s}));
        QCOMPARE(l.platformsHeader.line, 11);
        QCOMPARE(l.lastPlatformLine, 13);
        QVERIFY(l.hasPlatformSpecificGems());
    }

    void lockWithoutPlatformGems()
    {
        const GemfileLock l = GemfileLock::parse(u"Gemfile.lock"_s, u"GEM\n  specs:\n    rack (2.2.3)\n\nPLATFORMS\n  ruby\n"_s);
        QVERIFY(!l.hasPlatformSpecificGems());
        QCOMPARE(l.platforms, QStringList{u"ruby"_s});
        QVERIFY(!GemfileLock::parse(u"Gemfile.lock"_s, u"not a lockfile\n"_s).error.isEmpty());
    }

    void versions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("numeric") << u"1.13.0"_s << u"1.12.5"_s << 1;
        QTest::newRow("zero padding") << u"1.13"_s << u"1.13.0"_s << 0;
        QTest::newRow("prerelease") << u"1.13.0.alpha2"_s << u"1.13.0"_s << -1;
        QTest::newRow("prerelease vs older") << u"1.13.0.rc1"_s << u"1.12.5"_s << 1;
        QTest::newRow("four parts") << u"16.10.0.0"_s << u"15.14.0.1"_s << 1;
    }
    void versions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        const int c = GemVersion::compare(a, b);
        QCOMPARE(c < 0 ? -1 : (c > 0 ? 1 : 0), order);
    }

    void requirements_data()
    {
        QTest::addColumn<QStringList>("requirements");
        QTest::addColumn<bool>("allows");
        QTest::newRow("pessimistic patch") << QStringList{u"~> 1.12.5"_s} << false;
        QTest::newRow("pessimistic minor") << QStringList{u"~> 1.12"_s} << true;
        QTest::newRow("exact old") << QStringList{u"1.12.5"_s} << false;
        QTest::newRow("exact eq") << QStringList{u"= 1.13.0"_s} << true;
        QTest::newRow("upper") << QStringList{u">= 1.10"_s, u"< 1.13"_s} << false;
        QTest::newRow("lower only") << QStringList{u">= 1.10"_s} << true;
        QTest::newRow("none") << QStringList{} << true;
    }
    void requirements()
    {
        QFETCH(QStringList, requirements);
        QFETCH(bool, allows);
        QCOMPARE(GemVersion::allowsAtLeast(requirements, u"1.13.0"_s), allows);
    }
};

QTEST_GUILESS_MAIN(TestRubyManifests)
#include "tst_ruby_manifests.moc"
