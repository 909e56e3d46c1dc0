#pragma once

// A reader for the plain CSV fixtures written by fixtures/make_fixtures.R (no quoting; an
// empty cell or "NA" is a missing value).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace eb::stats::test {

class FixtureCsv
{
public:
    explicit FixtureCsv(const std::string &fileName)
    {
        const std::string path = std::string(EB_SOURCE_DIR) + "/tests/stats/fixtures/" + fileName;
        std::ifstream in(path);
        if (!in) {
            throw std::runtime_error("cannot open fixture " + path);
        }
        std::string line;
        std::getline(in, line);
        m_header = split(line);
        while (std::getline(in, line)) {
            if (!line.empty()) {
                m_rows.push_back(split(line));
            }
        }
    }

    std::size_t size() const { return m_rows.size(); }

    const std::string &text(std::size_t row, const std::string &column) const
    {
        return m_rows.at(row).at(index(column));
    }

    std::optional<double> number(std::size_t row, const std::string &column) const
    {
        const std::string &cell = text(row, column);
        if (cell.empty() || cell == "NA") {
            return std::nullopt;
        }
        return std::stod(cell);
    }

private:
    static std::vector<std::string> split(const std::string &line)
    {
        std::vector<std::string> cells;
        std::stringstream stream(line);
        std::string cell;
        while (std::getline(stream, cell, ',')) {
            cells.push_back(cell);
        }
        if (!line.empty() && line.back() == ',') {
            cells.emplace_back();
        }
        return cells;
    }

    std::size_t index(const std::string &column) const
    {
        for (std::size_t i = 0; i < m_header.size(); ++i) {
            if (m_header[i] == column) {
                return i;
            }
        }
        throw std::runtime_error("no column " + column);
    }

    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

// The agreement criterion: |a - b| / max(|a|, |b|). Values whose magnitudes are both at most
// `zeroBelow` count as equal: the caller passes the size below which a quantity is 0 to the
// precision the programs iterate to (tau^2 at the REML boundary); by default only exact zeros.
inline double relativeDifference(double a, double b, double zeroBelow = 0.0)
{
    const double scale = std::max(std::abs(a), std::abs(b));
    if (scale <= zeroBelow || a == b) {
        return 0.0;
    }
    return std::abs(a - b) / scale;
}

} // namespace eb::stats::test
