#pragma once

// Shared helpers of the tests that compare the methods of issue 19 (escalc, MH/Peto,
// sensitivity, small-study tests, subgroups, meta-regression) with metafor 3.8 fixtures
// (fixtures/make_fixtures.R). Each test keeps its worst relative difference and prints it.
#include "fixturecsv.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

namespace eb::stats::test {

inline constexpr double kMethodsTolerance = 1e-6;

class Agreement
{
public:
    explicit Agreement(std::string analysis) : m_analysis(std::move(analysis)) {}
    ~Agreement()
    {
        std::printf("[metafor] %-28s %5zu values, worst relative difference %.3g (%s)\n",
                    m_analysis.c_str(), m_count, m_worst, m_where.c_str());
    }
    Agreement(const Agreement &) = delete;
    Agreement &operator=(const Agreement &) = delete;

    // zeroBelow: magnitudes at or below it count as 0 (tau^2 at the REML boundary).
    void check(double actual, double expected, const std::string &where, double zeroBelow = 0.0)
    {
        ++m_count;
        const double diff = relativeDifference(actual, expected, zeroBelow);
        if (diff > m_worst) {
            m_worst = diff;
            m_where = where;
        }
        EXPECT_LE(diff, kMethodsTolerance)
            << m_analysis << " " << where << ": engine " << actual << ", metafor " << expected;
    }
    void check(double actual, const FixtureCsv &csv, std::size_t row, const std::string &column,
               const std::string &where, double zeroBelow = 0.0)
    {
        const auto expected = csv.number(row, column);
        ASSERT_TRUE(expected.has_value()) << where << " " << column << " is NA in the fixture";
        check(actual, *expected, where + " " + column, zeroBelow);
    }

private:
    std::string m_analysis;
    double m_worst = 0.0;
    std::string m_where = "-";
    std::size_t m_count = 0;
};

struct YiVi
{
    std::vector<double> yi;
    std::vector<double> vi;
};

inline std::map<std::string, YiVi> loadMethodsDatasets()
{
    const FixtureCsv csv("methods_datasets.csv");
    std::map<std::string, YiVi> sets;
    for (std::size_t r = 0; r < csv.size(); ++r) {
        YiVi &d = sets[csv.text(r, "dataset")];
        d.yi.push_back(*csv.number(r, "yi"));
        d.vi.push_back(*csv.number(r, "vi"));
    }
    return sets;
}

} // namespace eb::stats::test
