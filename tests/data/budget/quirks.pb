meta
key;value
description;"Quirks: BOM, CRLF, quotes; none cells"
budget;100,5
vote_type;approval
max_length;3

PROJECTS
project_id;cost;name;category
  A1 ;40.5;"Parc ""Jean Jaurès""; aire de jeux";green,sport
B/2;30;Éclairage;none
10;0;Bancs;
9;50;Piste cyclable;mobility
   
Votes
voter_id;vote;age;sex
15-52;A1,B/2;42;F
v2;B/2,B/2,,10;none;M
v3;none;;
v4;9,A1;31;F
