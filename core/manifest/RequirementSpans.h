#pragma once

#include "manifest/Requirements.h"

#include <QList>
#include <QStringView>

namespace Armlift {

// Where the parts of one requirement specifier sit inside the text it was parsed from.
// Requirements.h keeps only whole-requirement ranges; rules that edit a single version
// (pin in place, keep the operator) need the offsets of every clause.
struct ClauseSpan
{
    QString op;
    QString version;
    int opStart = 0;
    int versionStart = 0;
    int versionEnd = 0;
};

struct RequirementSpans
{
    int nameStart = 0;
    int nameEnd = 0;
    int specifierStart = -1;   // first operator; -1 without a version specifier
    int specifierEnd = -1;
    int markerStart = -1;      // after ';'
    int end = 0;               // end of the requirement (marker included, options excluded)
    QList<ClauseSpan> clauses;
};

// Parses `spec` (one requirement, options such as --hash allowed after it) and reports
// offsets into `spec`. Returns false when it is not a named requirement.
bool parseRequirementSpans(QStringView spec, Requirement *out, RequirementSpans *spans);

// Clauses of a specifier text such as "==1.18.5, <2" with offsets into that text.
QList<ClauseSpan> parseClauses(QStringView specifier);

} // namespace Armlift
