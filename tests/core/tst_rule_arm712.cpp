#include "EcosystemHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

namespace {
const QString kDf = u"Dockerfile"_s;
const QString kLockName = u"Gemfile.lock"_s;
const QString kDockerfile = u"FROM ruby:3.2-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\n"
                            "RUN bundle config set deployment true && bundle install\n"_s;
const QString kGemfile = u"source \"https://rubygems.org\"\ngem \"nokogiri\"\n"_s;

QString lock(const QString &specs, const QString &platforms)
{
    return u"GEM\n  remote: https://rubygems.org/\n  specs:\n%1\nPLATFORMS\n%2\nDEPENDENCIES\n  nokogiri\n\nBUNDLED WITH\n   2.4.10\n"_s
        .arg(specs, platforms);
}
const QString kNokogiriX86 = u"    nokogiri (1.15.4-x86_64-linux)\n      racc (~> 1.4)\n    racc (1.7.1)\n"_s;
} // namespace

class TestRuleArm712 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("lockText");
        QTest::addColumn<int>("count");

        QTest::newRow("x86_64-linux only") << kDockerfile << lock(kNokogiriX86, u"  x86_64-linux\n"_s) << 1;
        QTest::newRow("made on a Mac")
            << kDockerfile
            << lock(u"    nokogiri (1.15.4-arm64-darwin)\n      racc (~> 1.4)\n    racc (1.7.1)\n"_s, u"  arm64-darwin\n"_s) << 1;
        QTest::newRow("bundle alone") << u"FROM ruby:3.2-slim\nWORKDIR /app\nCOPY . .\nRUN bundle\n"_s
                                      << lock(kNokogiriX86, u"  x86_64-linux\n"_s) << 1;

        QTest::newRow("both platforms") << kDockerfile
                                        << lock(kNokogiriX86 + u"    nokogiri (1.15.4-aarch64-linux)\n      racc (~> 1.4)\n"_s,
                                                u"  aarch64-linux\n  x86_64-linux\n"_s)
                                        << 0;
        QTest::newRow("gnu spelling") << kDockerfile << lock(kNokogiriX86, u"  aarch64-linux-gnu\n  x86_64-linux-gnu\n"_s) << 0;
        QTest::newRow("ruby platform") << kDockerfile << lock(kNokogiriX86, u"  ruby\n  x86_64-linux\n"_s) << 0;
        QTest::newRow("pure ruby gems") << kDockerfile << lock(u"    rack (2.2.8)\n"_s, u"  x86_64-linux\n"_s) << 0;
        QTest::newRow("lockfile not copied") << u"FROM ruby:3.2-slim\nWORKDIR /app\nCOPY Gemfile ./\nRUN bundle install\n"_s
                                             << lock(kNokogiriX86, u"  x86_64-linux\n"_s) << 0;
        QTest::newRow("suppressed") << u"FROM ruby:3.2-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\n"
                                       "# armlift-ignore=ARM712\nRUN bundle install\n"_s
                                    << lock(kNokogiriX86, u"  x86_64-linux\n"_s) << 0;
    }
    void findings()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, lockText);
        QFETCH(int, count);
        const Files project{{kDf, dockerfile}, {u"Gemfile"_s, kGemfile}, {kLockName, lockText}};
        const QList<Finding> found = runEcosystemRule(u"ARM712"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        const Finding &f = found.first();
        QCOMPARE(f.file, kLockName);
        const int platformsLine = int(lockText.left(lockText.indexOf(u"PLATFORMS"_s)).count(u'\n')) + 1;
        QCOMPARE(f.range, range(platformsLine, 1, platformsLine, 10));
        QCOMPARE(f.severity, Severity::Warning);
        QVERIFY(f.message.contains(u"bundle lock --add-platform aarch64-linux"_s));
        QVERIFY(f.message.contains(u"nokogiri"_s));
        QVERIFY(f.help.contains(u"Source: "_s));
        // No edit: the aarch64 specs come from rubygems.org, the command adds them.
        QVERIFY(f.fixes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleArm712)
#include "tst_rule_arm712.moc"
