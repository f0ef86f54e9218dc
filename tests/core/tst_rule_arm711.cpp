#include "EcosystemHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kDf = u"Dockerfile"_s;
const QString kGemfile = u"Gemfile"_s;
const QString kLockName = u"Gemfile.lock"_s;
const QString kSlim = u"FROM ruby:3.1-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n"_s;
const QString kSlimNoLock = u"FROM ruby:3.1-slim\nWORKDIR /app\nCOPY Gemfile ./\nRUN bundle install\n"_s;

QString gemfile(const QString &line)
{
    return u"source \"https://rubygems.org\"\n\ngem \"rack\", \"~> 2.2\"\n%1\n"_s.arg(line);
}

QString lockWith(const QString &specs, const QString &platforms = u"  x86_64-linux\n  aarch64-linux\n"_s)
{
    return u"GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.8)\n%1\nPLATFORMS\n%2\nDEPENDENCIES\n  rack (~> 2.2)\n"_s
        .arg(specs, platforms);
}
} // namespace

class TestRuleArm711 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");

        QTest::newRow("Gemfile pins old nokogiri")
            << QStringList{kDf, kSlimNoLock, kGemfile, gemfile(u"gem \"nokogiri\", \"~> 1.12.5\""_s)} << 1 << kGemfile
            << range(4, 5, 4, 15);
        QTest::newRow("lockfile resolves old grpc")
            << QStringList{kDf, kSlim, kGemfile, gemfile(u"gem \"grpc\""_s), kLockName,
                           lockWith(u"    grpc (1.59.2-x86_64-linux)\n      google-protobuf (~> 3.24)\n"_s)}
            << 1 << kLockName << range(5, 5, 5, 31);
        QTest::newRow("therubyracer")
            << QStringList{kDf, kSlimNoLock, kGemfile, gemfile(u"gem 'therubyracer', platforms: :ruby"_s)} << 1 << kGemfile
            << range(4, 5, 4, 19);
        QTest::newRow("transitive libv8-node")
            << QStringList{kDf, kSlim, kGemfile, gemfile(u"gem \"mini_racer\""_s), kLockName,
                           lockWith(u"    libv8-node (15.14.0.1)\n    mini_racer (0.4.0)\n      libv8-node (~> 15.14.0.0)\n"_s)}
            << 1 << kLockName << range(5, 5, 5, 27);
        QTest::newRow("gem install -v")
            << QStringList{kDf, u"FROM ruby:2.7-alpine\nRUN gem install nokogiri -v 1.10.10\n"_s} << 1 << kDf
            << range(2, 29, 2, 36);
        QTest::newRow("gem install name:version")
            << QStringList{kDf, u"FROM ruby:2.7-slim\nRUN gem install sassc:2.2.1\n"_s} << 1 << kDf << range(2, 23, 2, 28);

        QTest::newRow("good lockfile")
            << QStringList{kDf, kSlim, kGemfile, gemfile(u"gem \"nokogiri\", \"~> 1.15\""_s), kLockName,
                           lockWith(u"    nokogiri (1.15.4-aarch64-linux)\n    nokogiri (1.15.4-x86_64-linux)\n"_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("range admits a good release, no lockfile")
            << QStringList{kDf, kSlimNoLock, kGemfile, gemfile(u"gem \"nokogiri\", \">= 1.10\""_s)} << 0 << QString()
            << SourceRange{};
        QTest::newRow("full ruby image has the toolchain")
            << QStringList{kDf, u"FROM ruby:3.1\nWORKDIR /app\nCOPY Gemfile ./\nRUN bundle install\n"_s, kGemfile,
                           gemfile(u"gem \"grpc\", \"1.58.0\""_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("build deps installed")
            << QStringList{kDf, u"FROM ruby:3.1-slim\nRUN apt-get update && apt-get install -y build-essential libxml2-dev "
                                "libxslt1-dev\nWORKDIR /app\nCOPY Gemfile ./\nRUN bundle install\n"_s,
                           kGemfile, gemfile(u"gem \"nokogiri\", \"1.12.5\""_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("windows-only gem")
            << QStringList{kDf, kSlimNoLock, kGemfile, gemfile(u"gem \"ffi\", \"1.13.1\", platforms: [:mingw, :x64_mingw]"_s)}
            << 0 << QString() << SourceRange{};
        QTest::newRow("Gemfile not copied")
            << QStringList{kDf, u"FROM ruby:3.1-slim\nRUN bundle install\n"_s, kGemfile, gemfile(u"gem \"therubyracer\""_s)}
            << 0 << QString() << SourceRange{};
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runEcosystemRule(u"ARM711"_s, project, files.first());
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY(found.first().message.contains(u"aarch64"_s));
        QVERIFY(found.first().help.contains(u"Source: "_s));
    }

    void pinGemfileRequirement()
    {
        const Files project{{kDf, kSlimNoLock}, {kGemfile, gemfile(u"gem \"nokogiri\", \"~> 1.12.5\""_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM711"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 2); // require 1.13.0, or build deps
        const Files pinned = applyFix(project, found.first(), 0);
        QCOMPARE(pinned.value(kGemfile), gemfile(u"gem \"nokogiri\", \"~> 1.13.0\""_s));
        QVERIFY(runEcosystemRule(u"ARM711"_s, pinned).isEmpty());
        const Files deps = applyFix(project, found.first(), 1);
        QVERIFY(deps.value(kDf).contains(u"build-essential libxml2-dev libxslt1-dev"_s));
        QVERIFY(runEcosystemRule(u"ARM711"_s, deps).isEmpty());
    }

    void replaceTheRubyRacer()
    {
        const Files project{{kDf, kSlimNoLock}, {kGemfile, gemfile(u"gem 'therubyracer'"_s)}};
        const QList<Finding> found = runEcosystemRule(u"ARM711"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 1);
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(kGemfile), gemfile(u"gem 'mini_racer'"_s));
        QVERIFY(runEcosystemRule(u"ARM711"_s, fixed).isEmpty());
    }

    void gemInstallPin()
    {
        const Files project{{kDf, u"FROM ruby:2.7-alpine\nRUN gem install nokogiri -v 1.10.10\n"_s}};
        const QList<Finding> found = runEcosystemRule(u"ARM711"_s, project);
        QCOMPARE(found.size(), 1);
        const Files fixed = applyFix(project, found.first());
        QCOMPARE(fixed.value(kDf), u"FROM ruby:2.7-alpine\nRUN gem install nokogiri -v 1.13.0\n"_s);
        QVERIFY(runEcosystemRule(u"ARM711"_s, fixed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleArm711)
#include "tst_rule_arm711.moc"
