// ARM102 (offline): base image without a linux/arm64 variant.
#include "PlatformDownloadHarness.h"

#include "rules/platform/BaseImageRule.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm102 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void noReplacementForMssql();
    void parseReference_data();
    void parseReference();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

void TestRuleArm102::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("centos:6") << s("FROM centos:6\nRUN yum -y install gcc\n") << list({"1:6-1:14"});
    QTest::newRow("centos 6.10 with stage name") << s("FROM centos:6.10 AS base\n") << list({"1:6-1:17"});
    QTest::newRow("mssql under its old Docker Hub name") << s("FROM microsoft/mssql-server-linux:2017-latest\n") << list({"1:6-1:46"});
    QTest::newRow("mssql") << s("FROM mcr.microsoft.com/mssql/server:2019-latest\n") << list({"1:6-1:48"});
    QTest::newRow("cuda 10 via global ARG") << s("ARG CUDA=10.2\nFROM nvidia/cuda:${CUDA}-devel-ubuntu18.04\n")
        << list({"2:6-2:43"});
    QTest::newRow("docker.io/library prefix") << s("FROM docker.io/library/mysql:5.7\n") << list({"1:6-1:33"});
    QTest::newRow("elasticsearch 6") << s("FROM elasticsearch:6.8.23\n") << list({"1:6-1:26"});
    QTest::newRow("second stage only") << s("FROM golang:1.21 AS build\nFROM centos:6\n") << list({"2:6-2:14"});

    QTest::newRow("sonarqube 8.9 LTS") << s("FROM sonarqube:8.9-community\n") << list({"1:6-1:29"});
    QTest::newRow("amazonlinux 1") << s("FROM amazonlinux:2018.03\n") << list({"1:6-1:25"});
    QTest::newRow("oracle xe") << s("FROM gvenzl/oracle-xe:21-slim\n") << list({"1:6-1:30"});
    QTest::newRow("selenium standalone-chrome") << s("FROM selenium/standalone-chrome:4.10.0\n") << list({"1:6-1:39"});
    QTest::newRow("google cloud-sdk alpine") << s("FROM google/cloud-sdk:alpine\n") << list({"1:6-1:29"});
    QTest::newRow("amd64 namespace") << s("FROM amd64/python:3.12-slim AS app\n") << list({"1:6-1:28"});
    QTest::newRow("i386 namespace on docker.io") << s("FROM docker.io/i386/debian:bookworm\n") << list({"1:6-1:36"});
    QTest::newRow("amd64 namespace on build platform") << s("FROM --platform=$BUILDPLATFORM amd64/golang:1.22\n")
                                                       << list({"1:32-1:49"});
    QTest::newRow("pytorch 2.2 runtime") << s("FROM pytorch/pytorch:2.2.1-cuda12.1-cudnn8-runtime\n") << list({"1:6-1:51"});
    QTest::newRow("azure functions python") << s("FROM mcr.microsoft.com/azure-functions/python:4-python3.11\n") << list({"1:6-1:59"});
    QTest::newRow("scratch") << s("FROM scratch\n") << QStringList{};
    QTest::newRow("pytorch without a version tag") << s("FROM pytorch/pytorch\n") << QStringList{};
    QTest::newRow("amd64 in a user name") << s("FROM myorg/amd64-tools:1.0\n") << QStringList{};
    QTest::newRow("amd64 folder on another registry") << s("FROM registry.example.com/amd64/python:3.12\n") << QStringList{};
    QTest::newRow("sonarqube 9.9") << s("FROM sonarqube:9.9-community\n") << QStringList{};
    QTest::newRow("amazonlinux 2") << s("FROM amazonlinux:2\n") << QStringList{};
    QTest::newRow("oracle free") << s("FROM gvenzl/oracle-free:23-slim\n") << QStringList{};
    QTest::newRow("google-cloud-cli on gcr") << s("FROM gcr.io/google.com/cloudsdktool/google-cloud-cli:stable\n") << QStringList{};
    QTest::newRow("mysql 8") << s("FROM mysql:8.0\n") << QStringList{};
    QTest::newRow("cuda 12") << s("FROM nvidia/cuda:12.2.0-base-ubuntu22.04\n") << QStringList{};
    QTest::newRow("centos 7") << s("FROM centos:7\n") << QStringList{};
    QTest::newRow("centos latest") << s("FROM centos\n") << QStringList{};
    QTest::newRow("elasticsearch 8") << s("FROM elasticsearch:8.11.1\n") << QStringList{};
    QTest::newRow("earlier stage name") << s("FROM centos:7 AS centos6\nFROM centos6\n") << QStringList{};
    QTest::newRow("unresolved variable") << s("ARG IMAGE\nFROM ${IMAGE}\n") << QStringList{};
    QTest::newRow("pinned to amd64 on purpose") << s("FROM --platform=linux/amd64 mcr.microsoft.com/mssql/server:2022-latest\n")
        << QStringList{};
}

void TestRuleArm102::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM102"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found) {
        checkFindingShape(f, QStringLiteral("ARM102"), Severity::Error);
        QVERIFY2(f.help.contains(QStringLiteral("Source: ")), qPrintable(f.help)); // facts carry their source
    }
}

void TestRuleArm102::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("centos") << s("FROM centos:6 AS base # old\nRUN true\n") << s("FROM centos:7 AS base # old\nRUN true\n");
    QTest::newRow("mysql") << s("FROM docker.io/library/mysql:5.7\n") << s("FROM mysql:8.0\n");
    QTest::newRow("amazonlinux 1") << s("FROM amazonlinux:1\n") << s("FROM amazonlinux:2\n");
    QTest::newRow("amd64 namespace") << s("FROM amd64/python:3.12-slim AS app\n") << s("FROM python:3.12-slim AS app\n");
    QTest::newRow("i386 namespace on docker.io") << s("FROM docker.io/i386/debian:bookworm\n") << s("FROM docker.io/debian:bookworm\n");
    QTest::newRow("oracle xe") << s("FROM gvenzl/oracle-xe:21-slim AS db\n") << s("FROM gvenzl/oracle-free AS db\n");
    QTest::newRow("selenium") << s("FROM selenium/standalone-chrome:4.10.0\n") << s("FROM selenium/standalone-chromium:latest\n");
    QTest::newRow("google cloud sdk") << s("FROM google/cloud-sdk:slim\n")
        << s("FROM gcr.io/google.com/cloudsdktool/google-cloud-cli:stable\n");
}

void TestRuleArm102::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM102"), dockerfile);
    QCOMPARE(found.size(), 1);
    QCOMPARE(applied(dockerfile, found.first(), 0), expected);
    QVERIFY(lint(QStringLiteral("ARM102"), expected).isEmpty());
}

void TestRuleArm102::noReplacementForMssql()
{
    const QList<Finding> found = lint(QStringLiteral("ARM102"), s("FROM mcr.microsoft.com/mssql/server:2022-latest\n"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
    QVERIFY(found.first().help.contains(QStringLiteral("no drop-in replacement")));
    // A variable image gets a finding but no edit: the edit would belong on the ARG line.
    const QList<Finding> cuda = lint(QStringLiteral("ARM102"), s("ARG CUDA=10.2\nFROM nvidia/cuda:${CUDA}-devel-ubuntu18.04\n"));
    QCOMPARE(cuda.size(), 1);
    QVERIFY(cuda.first().fixes.isEmpty());
}

void TestRuleArm102::parseReference_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::newRow("plain") << s("centos") << s("centos") << s("latest");
    QTest::newRow("library") << s("library/centos:6") << s("centos") << s("6");
    QTest::newRow("registry port") << s("localhost:5000/team/app") << s("localhost:5000/team/app") << s("latest");
    QTest::newRow("digest") << s("docker.io/nvidia/cuda:10.2-base@sha256:abcd") << s("nvidia/cuda") << s("10.2-base");
}

void TestRuleArm102::parseReference()
{
    QFETCH(QString, image);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    const BaseImageRule::ImageReference r = BaseImageRule::parseReference(image);
    QCOMPARE(r.repository, repository);
    QCOMPARE(r.tag, tag);
}

QTEST_GUILESS_MAIN(TestRuleArm102)
#include "tst_rule_arm102.moc"
