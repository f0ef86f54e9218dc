// ImageTagSet: which tags a knowledge-base image entry covers (ARM102's "tagsBelow", ARM104's
// "tagsFrom", wildcards for both).
#include "rules/platform/ImageTags.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestImageTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadingVersion()
    {
        QCOMPARE(ImageTagSet::leadingVersion(u"1.21.3-alpine"_s), QList<int>({1, 21, 3}));
        QCOMPARE(ImageTagSet::leadingVersion(u"v8"_s), QList<int>({8}));
        QCOMPARE(ImageTagSet::leadingVersion(u"latest"_s), QList<int>());
        QCOMPARE(ImageTagSet::leadingVersion(QString()), QList<int>());
    }

    void wildcards()
    {
        const ImageTagSet set(QJsonArray{u"3.6*"_s, u"*-windowsservercore"_s}, QString(), ImageTagSet::Bound::Below);
        QVERIFY(!set.isEmpty());
        QVERIFY(set.contains(u"3.6"_s));
        QVERIFY(set.contains(u"3.6.15-slim"_s));
        QVERIFY(set.contains(u"ltsc2022-windowsservercore"_s));
        QVERIFY(!set.contains(u"3.7"_s));
        QVERIFY(!set.contains(u"13.6"_s)); // wildcards are anchored
    }

    void below()
    {
        const ImageTagSet set(QJsonArray(), u"1.2"_s, ImageTagSet::Bound::Below);
        QVERIFY(set.contains(u"1.1-slim"_s));
        QVERIFY(set.contains(u"0.9"_s));
        QVERIFY(!set.contains(u"1.2"_s));
        QVERIFY(!set.contains(u"1.2.0"_s)); // missing components are zeros
        QVERIFY(!set.contains(u"1.10"_s));  // numeric, not textual
        QVERIFY(!set.contains(u"latest"_s));
    }

    void atLeast()
    {
        const ImageTagSet set(QJsonArray(), u"5"_s, ImageTagSet::Bound::AtLeast);
        QVERIFY(set.contains(u"5"_s));
        QVERIFY(set.contains(u"5.0.3"_s));
        QVERIFY(set.contains(u"10-jammy"_s));
        QVERIFY(!set.contains(u"4.4"_s));
        QVERIFY(!set.contains(u"jammy"_s));
    }

    void empty()
    {
        const ImageTagSet set;
        QVERIFY(set.isEmpty());
        QVERIFY(!set.contains(u"latest"_s));
        QVERIFY(ImageTagSet(QJsonArray(), u"not a version"_s, ImageTagSet::Bound::AtLeast).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestImageTags)
#include "tst_imagetags.moc"
