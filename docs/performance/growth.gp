# How cost grows with the size of the catalogue: the plot in docs/performance.md. Data:
# growth.dat (N, then median CPU ms of four browse_bench benchmarks). Made with Debian's
# gnuplot-nox (scripts/install-deps.sh):  cd docs/performance && gnuplot growth.gp
set terminal pngcairo size 900,560 font "DejaVu Sans,11"
set output "growth.png"
set title "The window's reads against catalogue size (median CPU time, AMD EPYC, 2 cores)"
set xlabel "studies in the catalogue"
set ylabel "milliseconds (CPU)"
set logscale xy
set xrange [700:14000]
set grid
set key top left
plot "growth.dat" using 1:2 with linespoints lw 2 title "search, one term (count + first page)", \
     "" using 1:3 with linespoints lw 2 title "sort by year (first page)", \
     "" using 1:4 with linespoints lw 2 title "Studies table: first page", \
     "" using 1:5 with linespoints lw 2 title "Studies table: fill and scroll to the end"
