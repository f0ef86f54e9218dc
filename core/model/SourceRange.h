#pragma once

#include <QtGlobal>

namespace Armlift {

// A range in a text file. Lines and columns are 1-based, columns count UTF-16 code units
// (SARIF's default, and what QString indexes), endColumn is exclusive.
struct SourceRange
{
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return line > 0 && column > 0; }
    bool contains(int l, int c) const
    {
        if (l < line || l > endLine)
            return false;
        if (l == line && c < column)
            return false;
        if (l == endLine && c >= endColumn)
            return false;
        return true;
    }
    friend bool operator==(const SourceRange &, const SourceRange &) = default;
    friend auto operator<=>(const SourceRange &, const SourceRange &) = default;
};

} // namespace Armlift
