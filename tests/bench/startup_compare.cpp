// Start-up of evidence-browser against a bare Qt Widgets window with one 100-row table
// (bare_window.cpp), both measured in one run as whole processes from launch to exit after
// their first paint (--quit-after-first-paint): wall time and CPU time (user + system, from
// wait4), the median of --runs runs each, taken alternately so that the machine's load falls
// on both alike. Prints one table and the ratio; exits 1 if a program failed.
//
//   startup_compare [--runs N] [--database FILE]
//
// Without a display (no DISPLAY or WAYLAND_DISPLAY) both run on the offscreen platform.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    bool ok = false;
};

Run launch(const std::vector<std::string> &command)
{
    std::vector<char *> argv;
    for (const std::string &part : command) {
        argv.push_back(const_cast<char *>(part.c_str()));
    }
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        return run;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        return run;
    }
    const auto end = std::chrono::steady_clock::now();
    run.wallMs = std::chrono::duration<double, std::milli>(end - start).count();
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    run.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : (n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 9;
    std::string database;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc) {
            database = argv[++i];
        } else {
            std::fprintf(stderr, "usage: startup_compare [--runs N] [--database FILE]\n");
            return 2;
        }
    }
    if (std::getenv("DISPLAY") == nullptr && std::getenv("WAYLAND_DISPLAY") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    }
    std::vector<std::string> browser{EB_BROWSER_EXECUTABLE, "--quit-after-first-paint"};
    if (!database.empty()) {
        browser.insert(browser.end(), {"--database", database});
    }
    const std::vector<std::string> bare{EB_BARE_WINDOW_EXECUTABLE};
    // One run of each first, unmeasured: the first start reads the libraries from disk.
    launch(bare);
    launch(browser);
    std::vector<double> bareWall, bareCpu, appWall, appCpu;
    for (int i = 0; i < runs; ++i) {
        const Run b = launch(bare);
        const Run a = launch(browser);
        if (!b.ok || !a.ok) {
            std::fprintf(stderr, "startup_compare: %s failed\n",
                         !b.ok ? "bare_window" : "evidence-browser");
            return 1;
        }
        bareWall.push_back(b.wallMs);
        bareCpu.push_back(b.cpuMs);
        appWall.push_back(a.wallMs);
        appCpu.push_back(a.cpuMs);
    }
    const double bw = median(bareWall), bc = median(bareCpu);
    const double aw = median(appWall), ac = median(appCpu);
    std::printf("start-up to first paint, median of %d runs (platform %s)\n", runs,
                std::getenv("QT_QPA_PLATFORM") ? std::getenv("QT_QPA_PLATFORM") : "default");
    std::printf("%-34s %10s %10s\n", "program", "wall ms", "CPU ms");
    std::printf("%-34s %10.1f %10.1f\n", "bare Qt window, 100-row table", bw, bc);
    std::printf("%-34s %10.1f %10.1f\n", "evidence-browser", aw, ac);
    std::printf("%-34s %10.2f %10.2f\n", "ratio (target <= 1.5)", aw / bw, ac / bc);
    return 0;
}
