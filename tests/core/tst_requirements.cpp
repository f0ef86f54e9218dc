#include "manifest/RequirementSpans.h"
#include "manifest/Requirements.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestRequirements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("older patch") << u"1.18.5"_s << u"1.19.0"_s << -1;
        QTest::newRow("padding") << u"1.19"_s << u"1.19.0"_s << 0;
        QTest::newRow("numeric not lexical") << u"1.9.0"_s << u"1.10.0"_s << -1;
        QTest::newRow("post release") << u"1.19.0.post1"_s << u"1.19.0"_s << 1;
        QTest::newRow("pre release") << u"1.19.0rc1"_s << u"1.19.0"_s << -1;
        QTest::newRow("alpha before beta") << u"2.0a2"_s << u"2.0b1"_s << -1;
        QTest::newRow("dev before pre") << u"2.0.dev1"_s << u"2.0a1"_s << -1;
        QTest::newRow("epoch") << u"1!0.1"_s << u"9.9"_s << 1;
        QTest::newRow("local ignored") << u"1.8.0+cpu"_s << u"1.8.0"_s << 0;
        QTest::newRow("two parts") << u"2.9"_s << u"2.8.6"_s << 1;
    }
    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Armlift::compareVersions(a, b), expected);
        QCOMPARE(Armlift::compareVersions(b, a), -expected);
    }

    void parseRequirement_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<int>("clauses");
        QTest::addColumn<QString>("marker");
        QTest::newRow("pin") << u"numpy==1.18.5"_s << true << u"numpy"_s << u"1.18.5"_s << 1 << QString();
        QTest::newRow("arbitrary equality") << u"numpy===1.18.5"_s << true << u"numpy"_s << u"1.18.5"_s << 1 << QString();
        QTest::newRow("pep 503 name") << u"Confluent_Kafka==2.0.2"_s << true << u"confluent-kafka"_s << u"2.0.2"_s << 1
                                      << QString();
        QTest::newRow("extras and range") << u"pillow[tiff, webp]>=6,<7.2"_s << true << u"pillow"_s << QString() << 2
                                          << QString();
        QTest::newRow("marker") << u"numpy==1.18.5; python_version < \"3.9\""_s << true << u"numpy"_s << u"1.18.5"_s << 1
                                << u"python_version < \"3.9\""_s;
        QTest::newRow("compatible") << u"scipy~=1.4.1"_s << true << u"scipy"_s << QString() << 1 << QString();
        QTest::newRow("wildcard is no pin") << u"numpy==1.18.*"_s << true << u"numpy"_s << QString() << 1 << QString();
        QTest::newRow("hash option after") << u"numpy==1.18.5 --hash=sha256:abc"_s << true << u"numpy"_s << u"1.18.5"_s << 1
                                           << QString();
        QTest::newRow("direct reference") << u"pkg @ https://example.com/pkg.whl"_s << true << u"pkg"_s << QString() << 0
                                          << QString();
        QTest::newRow("parenthesised") << u"numpy (==1.18.5)"_s << true << u"numpy"_s << u"1.18.5"_s << 1 << QString();
        QTest::newRow("option") << u"--upgrade"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("path") << u"./src/pkg"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("url") << u"git+https://github.com/x/y"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("wheel file") << u"numpy-1.18.5-cp38-cp38-linux_x86_64.whl"_s << false << QString() << QString() << 0
                                    << QString();
        QTest::newRow("requirements file") << u"requirements.txt"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("file extension ignores case") << u"Setup.PY"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("two-part extension") << u"pkg-1.0.tar.gz"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("extension needs its dot") << u"numpy-whl==1.0"_s << true << u"numpy-whl"_s << u"1.0"_s << 1
                                                 << QString();
        QTest::newRow("dotted name") << u"zope.interface==5.4"_s << true << u"zope-interface"_s << u"5.4"_s << 1
                                     << QString();
        QTest::newRow("separator runs") << u"Foo__Bar.-baz"_s << true << u"foo-bar-baz"_s << QString() << 0 << QString();
    }
    void parseRequirement()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        Requirement r;
        QCOMPARE(Armlift::parseRequirement(spec, &r), ok);
        if (!ok)
            return;
        QFETCH(QString, normalized);
        QFETCH(QString, pinned);
        QFETCH(int, clauses);
        QFETCH(QString, marker);
        QCOMPARE(r.normalizedName, normalized);
        QCOMPARE(r.pinnedVersion(), pinned);
        QCOMPARE(r.clauses.size(), clauses);
        QCOMPARE(r.marker, marker);
    }

    void allowsVersionAtLeast_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("allows");
        QTest::newRow("== below") << u"numpy==1.18.5"_s << false;
        QTest::newRow("== at") << u"numpy==1.19.0"_s << true;
        QTest::newRow(">= below") << u"numpy>=1.10"_s << true;
        QTest::newRow("unversioned") << u"numpy"_s << true;
        QTest::newRow("< excludes") << u"numpy<1.19"_s << false;
        QTest::newRow("<= includes") << u"numpy<=1.19.0"_s << true;
        QTest::newRow("range excludes") << u"numpy>=1.15,<1.19"_s << false;
        QTest::newRow("range includes") << u"numpy>=1.15,<2"_s << true;
        QTest::newRow("~= three parts") << u"numpy~=1.18.0"_s << false;
        QTest::newRow("~= two parts") << u"numpy~=1.18"_s << true;
        QTest::newRow("wildcard below") << u"numpy==1.18.*"_s << false;
        QTest::newRow("wildcard at") << u"numpy==1.19.*"_s << true;
        QTest::newRow("!= leaves room") << u"numpy!=1.19.0"_s << true;
    }
    void allowsVersionAtLeast()
    {
        QFETCH(QString, spec);
        QFETCH(bool, allows);
        Requirement r;
        QVERIFY(Armlift::parseRequirement(spec, &r));
        QCOMPARE(r.allowsVersionAtLeast(u"1.19.0"_s), allows);
    }

    void spans()
    {
        Requirement r;
        RequirementSpans sp;
        const QString spec = u"numpy[x] >= 1.15 , <1.19 ; os_name == 'posix'"_s;
        QVERIFY(parseRequirementSpans(spec, &r, &sp));
        QCOMPARE(spec.mid(sp.nameStart, sp.nameEnd - sp.nameStart), u"numpy"_s);
        QCOMPARE(sp.clauses.size(), 2);
        QCOMPARE(spec.mid(sp.clauses.at(0).versionStart, sp.clauses.at(0).versionEnd - sp.clauses.at(0).versionStart),
                 u"1.15"_s);
        QCOMPARE(spec.mid(sp.clauses.at(1).opStart, sp.clauses.at(1).versionEnd - sp.clauses.at(1).opStart), u"<1.19"_s);
        QCOMPARE(r.extras, QStringList{u"x"_s});
        QCOMPARE(r.marker, u"os_name == 'posix'"_s);
    }

    void requirementsFile()
    {
        const QString text = u"# pinned for the model\n"
                             "numpy==1.18.5  # old\n"
                             "\n"
                             "-r base.txt\n"
                             "--constraint=../constraints.txt\n"
                             "-e ./local\n"
                             "--index-url https://pypi.example/simple\n"
                             "scipy==1.4.1 \\\n"
                             "    --hash=sha256:0123\n"
                             "pillow \\\n"
                             "  >=6,<7\n"
                             "requests>=2 ; python_version >= \"3.8\"\r\n"
                             "-rnested/more.txt\n"_s;
        const RequirementsFile f = RequirementsFile::parse(u"app/requirements.txt"_s, text);
        QCOMPARE(f.requirements.size(), 4);
        const Requirement &numpy = f.requirements.at(0);
        QCOMPARE(numpy.name, u"numpy"_s);
        QCOMPARE(numpy.range, (SourceRange{2, 1, 2, 14}));
        QCOMPARE(numpy.versionRange, (SourceRange{2, 6, 2, 14}));
        QCOMPARE(numpy.file, u"app/requirements.txt"_s);
        const Requirement &scipy = f.requirements.at(1);
        QCOMPARE(scipy.pinnedVersion(), u"1.4.1"_s);
        QCOMPARE(scipy.versionRange, (SourceRange{8, 6, 8, 13}));
        // A specifier continued on the next line keeps its real position.
        const Requirement &pillow = f.requirements.at(2);
        QCOMPARE(pillow.clauses.size(), 2);
        QCOMPARE(pillow.versionRange, (SourceRange{11, 3, 11, 9}));
        QCOMPARE(f.requirements.at(3).marker, u"python_version >= \"3.8\""_s);
        QCOMPARE(f.includes, (QStringList{u"app/base.txt"_s, u"constraints.txt"_s, u"app/nested/more.txt"_s}));
        QCOMPARE(f.includeLines, (QList<int>{4, 5, 13}));
    }

    void includeOutsideRootIgnored()
    {
        const RequirementsFile f = RequirementsFile::parse(u"requirements.txt"_s, u"-r ../outside.txt\n-r /etc/x.txt\n"_s);
        QVERIFY(f.includes.isEmpty());
    }

    void goMod()
    {
        const QString text = u"module example.com/m\n\ngo 1.16 // old\n\ntoolchain go1.21.3\n\nrequire (\n\tgolang.org/x/sys v0.1.0\n)\n"_s;
        const GoMod m = GoMod::parse(u"svc/go.mod"_s, text);
        QCOMPARE(m.goVersion, u"1.16"_s);
        QCOMPARE(m.goRange, (SourceRange{3, 4, 3, 8}));
        QCOMPARE(m.toolchain, u"1.21.3"_s);
        QCOMPARE(m.toolchainRange, (SourceRange{5, 13, 5, 19}));
        QCOMPARE(GoMod::parse(u"go.mod"_s, u"module m\n"_s).goVersion, QString());
    }
};

QTEST_GUILESS_MAIN(TestRequirements)
#include "tst_requirements.moc"
